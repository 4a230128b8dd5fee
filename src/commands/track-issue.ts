/**
 * Every parsed task is a tracked task: importing an issue puts its tasks under supervision in the
 * same transaction, so the ledger never lags the gazette; start-up re-runs tracking on the
 * current issues, which only adds the reporting duties of periods begun since.
 */
import type { Kysely } from "kysely";
import type { Issue } from "../model/index.ts";
import { noteDataChange, type Database } from "../store/index.ts";
import { currentIssueIds, trackIssueTasks, type TrackResult } from "../store/track/index.ts";
import { importIssue, type ImportResult } from "./import-issue.ts";

/** What {@link importAndTrack} did: the import's outcome and the tracking's. */
export type ImportTrackResult = ImportResult & { tracking: TrackResult };

/** Imports an issue and tracks its tasks, all or nothing; `today` dates the new duties. */
export async function importAndTrack(db: Kysely<Database>, issue: Issue, options: { today: string | Date }): Promise<ImportTrackResult> {
  const run = async (trx: Kysely<Database>): Promise<ImportTrackResult> => {
    const imported = await importIssue(trx, issue);
    const tracking = await trackIssueTasks(trx, imported.issueId, { today: options.today });
    return { ...imported, tracking };
  };
  if (db.isTransaction) return run(db);
  const result = await db.transaction().execute(run);
  noteDataChange();
  return result;
}

/** Tracks the tasks of every current issue (idempotent); returns how many tracked tasks it created. */
export async function trackCurrentIssues(db: Kysely<Database>, options: { today: string | Date }): Promise<{ issues: number; created: number; duties: number }> {
  let created = 0;
  let duties = 0;
  const ids = await currentIssueIds(db);
  for (const id of ids) {
    const result = await trackIssueTasks(db, id, { today: options.today });
    created += result.created;
    duties += result.duties;
  }
  return { issues: ids.length, created, duties };
}
