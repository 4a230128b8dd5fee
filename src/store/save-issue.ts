/**
 * Saves a parsed issue, versioned: the same bytes twice change nothing, a re-parse of the same
 * edition (publication, year, number) becomes a new current version and the old ones stay
 * readable. Everything happens in one transaction, so a failure leaves no trace.
 */
import type { ExpressionBuilder, Kysely } from "kysely";
import { Issue } from "../model/issue.ts";
import { GongbaoError } from "../model/errors.ts";
import type { Database } from "./schema.ts";
import { guard } from "./errors.ts";
import { toJson } from "./json.ts";
import { OrgResolver } from "./save-orgs.ts";
import { saveDocuments } from "./save-documents.ts";

/** What {@link saveIssue} did. */
export interface SaveResult {
  issueId: number;
  status: "created" | "unchanged" | "new-version";
  version: number;
}

/** Rows of the same edition; a null publication matches a null one (`=` would never match). */
export function sameEdition(publication: string | null, year: number, number: number) {
  return (eb: ExpressionBuilder<Database, "issues">) =>
    eb.and([
      publication === null ? eb("issues.publication", "is", null) : eb("issues.publication", "=", publication),
      eb("issues.year", "=", year),
      eb("issues.number", "=", number),
    ]);
}

function label(issue: Issue): string {
  return issue.year !== null && issue.number !== null ? `issue ${issue.year}/${issue.number}` : `issue ${issue.source.file}`;
}

async function write(db: Kysely<Database>, issue: Issue): Promise<SaveResult> {
  const same = await db.selectFrom("issues").select(["id", "version"]).where("sha256", "=", issue.source.sha256).executeTakeFirst();
  if (same) return { issueId: same.id, status: "unchanged", version: same.version };

  const publication = issue.publication.name;
  let version = 1;
  // Without a year and number there is no edition to version; each distinct file stands alone.
  if (issue.year !== null && issue.number !== null) {
    const edition = sameEdition(publication, issue.year, issue.number);
    const latest = await db.selectFrom("issues").select((eb) => eb.fn.max("version").as("version")).where(edition).executeTakeFirst();
    version = Number(latest?.version ?? 0) + 1;
    if (version > 1) await db.updateTable("issues").set({ is_current: 0 }).where(edition).execute();
  }

  const { id: issueId } = await db.insertInto("issues").values({
    publication,
    year: issue.year,
    number: issue.number,
    cumulative_number: issue.cumulativeNumber,
    date: issue.date,
    sha256: issue.source.sha256,
    source_file: issue.source.file,
    source_lines: issue.source.lines,
    version,
    is_current: 1,
    imported_at: new Date().toISOString(),
    data: toJson(issue),
  }).returning("id").executeTakeFirstOrThrow();

  const resolver = new OrgResolver(db);
  const orgIds = await resolver.resolveRegistry(issue.orgs);
  await saveDocuments(db, issueId, issue.documents, orgIds, resolver);
  return { issueId, status: version > 1 ? "new-version" : "created", version };
}

/**
 * Stores an issue (see the file comment for versioning). `db` may already be a transaction,
 * in which case the save joins it. Extension fields of the issue are kept verbatim.
 */
export async function saveIssue(db: Kysely<Database>, issue: Issue): Promise<SaveResult> {
  const checked = Issue.safeParse(issue);
  if (!checked.success) {
    const first = checked.error.issues[0];
    const where = first ? ` at ${first.path.join(".")}: ${first.message}` : "";
    throw new GongbaoError("bad-request", `not a valid gongbao/issue@1${where}`);
  }
  if (db.isTransaction) return guard(`saving ${label(issue)}`, () => write(db, issue));
  try {
    return await guard(`saving ${label(issue)}`, () => db.transaction().execute((trx) => write(trx, issue)));
  } catch (error) {
    // A concurrent import of the same file won the race on the unique sha256: same outcome as ours.
    if (error instanceof GongbaoError && error.code === "conflict") {
      const winner = await guard(`saving ${label(issue)}`, () =>
        db.selectFrom("issues").select(["id", "version"]).where("sha256", "=", issue.source.sha256).executeTakeFirst());
      if (winner) return { issueId: winner.id, status: "unchanged", version: winner.version };
    }
    throw error;
  }
}
