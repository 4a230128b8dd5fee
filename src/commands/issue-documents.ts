/**
 * Two reads the store does not offer yet: the documents of one issue version (any version,
 * current or not) and the organisations each document names. Import and the issue pages need them.
 */
import type { Kysely } from "kysely";
import type { Database } from "../store/index.ts";
import { GongbaoError, isGongbaoError } from "../model/index.ts";

async function reading<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isGongbaoError(error)) throw error;
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    throw new GongbaoError("database-error", `${what} failed: ${message}`, {}, { cause: error });
  }
}

/** A document's row id and its order in the issue. */
export interface IssueDocumentRef {
  id: number;
  seq: number;
}

/** The documents of one issue version, in printed order. */
export async function issueDocuments(db: Kysely<Database>, issueId: number): Promise<IssueDocumentRef[]> {
  return reading(`listing documents of issue #${issueId}`, () =>
    db.selectFrom("documents").select(["id", "seq"]).where("issue_id", "=", issueId).orderBy("seq").execute());
}

/** For each document id, the global ids of every organisation that issued it or has a task in it. */
export async function documentOrgIds(db: Kysely<Database>, documentIds: number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>(documentIds.map((id) => [id, []]));
  if (documentIds.length === 0) return out;
  const rows = await reading("listing organisations of documents", () =>
    db.selectFrom("document_orgs").select(["document_id", "org_id"]).distinct()
      .where("document_id", "in", documentIds).orderBy("document_id").orderBy("org_id").execute());
  for (const row of rows) out.get(row.document_id)?.push(row.org_id);
  return out;
}
