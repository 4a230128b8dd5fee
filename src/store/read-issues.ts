/** Reading issues back: the current versions, one edition with its version history, the latest. */
import type { Kysely, Selectable } from "kysely";
import { Issue } from "../model/issue.ts";
import { GongbaoError } from "../model/errors.ts";
import type { Database, IssuesTable } from "./schema.ts";
import { guard, notFound } from "./errors.ts";
import { fromJson } from "./json.ts";
import { sameEdition } from "./save-issue.ts";

/** Built once: zod compiles a schema's fast path on first use, so a per-call `.loose()` recompiled it on every read. */
const LooseIssue = Issue.loose();

/** An issue version without its body. */
export interface IssueSummary {
  id: number;
  publication: string | null;
  year: number | null;
  number: number | null;
  cumulativeNumber: number | null;
  date: string | null;
  sha256: string;
  sourceFile: string;
  version: number;
  current: boolean;
  importedAt: string;
  documentCount: number;
}

/** One entry of an edition's version history. */
export interface IssueVersion {
  id: number;
  version: number;
  sha256: string;
  current: boolean;
  importedAt: string;
}

/** A stored issue: the Issue as imported plus where it sits among its versions. */
export interface StoredIssue {
  id: number;
  version: number;
  current: boolean;
  importedAt: string;
  versions: IssueVersion[];
  issue: Issue;
}

type SummaryRow = Omit<Selectable<IssuesTable>, "data" | "source_lines"> & { document_count: number | string | bigint };

function toSummary(row: SummaryRow): IssueSummary {
  return {
    id: row.id,
    publication: row.publication,
    year: row.year,
    number: row.number,
    cumulativeNumber: row.cumulative_number,
    date: row.date,
    sha256: row.sha256,
    sourceFile: row.source_file,
    version: row.version,
    current: row.is_current === 1,
    importedAt: row.imported_at,
    // PostgreSQL's count is int8, which node-postgres hands over as a string.
    documentCount: Number(row.document_count),
  };
}

function summaries(db: Kysely<Database>) {
  return db.selectFrom("issues")
    .select(["id", "publication", "year", "number", "cumulative_number", "date", "sha256", "source_file", "version", "is_current", "imported_at"])
    .select((eb) => eb.selectFrom("documents").whereRef("documents.issue_id", "=", "issues.id").select(eb.fn.countAll().as("n")).as("document_count"))
    .where("is_current", "=", 1)
    // coalesce: the two dialects put NULLs at opposite ends of a descending sort.
    .orderBy((eb) => eb.fn.coalesce("year", eb.lit(-1)), "desc")
    .orderBy((eb) => eb.fn.coalesce("number", eb.lit(-1)), "desc")
    .orderBy("id", "desc");
}

/** The current version of every issue (of one year, if given), newest first. */
export async function listIssues(db: Kysely<Database>, options: { year?: number | undefined } = {}): Promise<IssueSummary[]> {
  return guard("listing issues", async () => {
    let query = summaries(db);
    if (options.year !== undefined) query = query.where("year", "=", options.year);
    const rows = await query.execute();
    return rows.map((row) => toSummary({ ...row, document_count: row.document_count ?? 0 }));
  });
}

/** Loads one issue version by its row id, with its edition's version history. */
export async function getIssueById(db: Kysely<Database>, id: number): Promise<StoredIssue> {
  return guard(`reading issue #${id}`, async () => {
    const row = await db.selectFrom("issues").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound(`issue #${id}`);
    const history = row.year !== null && row.number !== null
      ? await db.selectFrom("issues").select(["id", "version", "sha256", "is_current", "imported_at"])
        .where(sameEdition(row.publication, row.year, row.number)).orderBy("version").execute()
      : [row];
    return {
      id: row.id,
      version: row.version,
      current: row.is_current === 1,
      importedAt: row.imported_at,
      versions: history.map((v) => ({ id: v.id, version: v.version, sha256: v.sha256, current: v.is_current === 1, importedAt: v.imported_at })),
      issue: fromJson(LooseIssue, row.data, `issue #${id}`),
    };
  });
}

/**
 * One edition by year and number: its current version, or `version` when given. `publication`
 * is needed only when the store holds several gazettes with the same year and number.
 */
export async function getIssue(
  db: Kysely<Database>,
  query: { year: number; number: number; version?: number | undefined; publication?: string | undefined },
): Promise<StoredIssue> {
  const name = `issue ${query.year}/${query.number}${query.version !== undefined ? ` version ${query.version}` : ""}`;
  const id = await guard(`reading ${name}`, async () => {
    let rows = db.selectFrom("issues").select(["id", "publication"]).where("year", "=", query.year).where("number", "=", query.number);
    rows = query.version !== undefined ? rows.where("version", "=", query.version) : rows.where("is_current", "=", 1);
    if (query.publication !== undefined) rows = rows.where("publication", "=", query.publication);
    const found = await rows.execute();
    if (found.length > 1) {
      const names = found.map((r) => r.publication ?? "(unnamed)").join("、");
      throw new GongbaoError("conflict", `${name} exists in several gazettes (${names}); name the publication`);
    }
    const first = found[0];
    if (!first) throw notFound(name);
    return first.id;
  });
  return getIssueById(db, id);
}

/** The newest current issue, or null when nothing has been imported. */
export async function latestIssue(db: Kysely<Database>): Promise<StoredIssue | null> {
  const newest = await guard("finding the latest issue", () => summaries(db).limit(1).executeTakeFirst());
  return newest ? getIssueById(db, newest.id) : null;
}
