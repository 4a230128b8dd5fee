/**
 * The import command: store an issue and make its documents searchable in one transaction, so
 * the site never shows a document that search cannot find (or the other way round).
 */
import type { Kysely } from "kysely";
import { GongbaoError, isGongbaoError, type Issue } from "../model/index.ts";
import { getDocument, getIssueById, noteDataChange, saveIssue, type Database, type SaveResult } from "../store/index.ts";
import { searchIndex } from "../search/index.ts";
import { documentOrgIds, issueDocuments } from "./issue-documents.ts";
import { searchDocumentOf, toSearchDocument } from "./search-document.ts";

/** What {@link importIssue} did: the store's outcome and how many documents it indexed. */
export type ImportResult = SaveResult & { indexed: number };

async function importIn(trx: Kysely<Database>, issue: Issue): Promise<ImportResult> {
  const saved = await saveIssue(trx, issue);
  if (saved.status === "unchanged") return { ...saved, indexed: 0 };
  const index = searchIndex(trx);
  if (saved.status === "new-version") {
    // Older versions stay readable by id but must not turn up in search any more.
    const { versions } = await getIssueById(trx, saved.issueId);
    for (const older of versions.filter((v) => v.id !== saved.issueId)) {
      await index.remove((await issueDocuments(trx, older.id)).map((d) => d.id));
    }
  }
  const refs = await issueDocuments(trx, saved.issueId);
  const orgIds = await documentOrgIds(trx, refs.map((r) => r.id));
  // (issue_id, seq) is unique, so the issue in hand is exactly what was stored: reading every
  // document back and re-parsing its JSON cost a sixth of the import time.
  const bySeq = new Map(issue.documents.map((doc) => [doc.seq, doc]));
  const docs = [];
  for (const ref of refs) {
    const doc = bySeq.get(ref.seq);
    const ids = orgIds.get(ref.id) ?? [];
    docs.push(doc ? searchDocumentOf(ref.id, saved.issueId, issue, doc, ids) : toSearchDocument(await getDocument(trx, ref.id), ids));
  }
  await index.index(docs);
  return { ...saved, indexed: docs.length };
}

/** Saves an issue and indexes its new documents, all or nothing (joins `db` if it is a transaction). */
export async function importIssue(db: Kysely<Database>, issue: Issue): Promise<ImportResult> {
  try {
    if (db.isTransaction) return await importIn(db, issue);
    const result = await db.transaction().execute((trx) => importIn(trx, issue));
    // After the commit: rendered pages cached in this process must not outlive the old data.
    noteDataChange();
    return result;
  } catch (error) {
    if (isGongbaoError(error)) throw error;
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    throw new GongbaoError("database-error", `importing ${issue.source.file} failed: ${message}`, {}, { cause: error });
  }
}
