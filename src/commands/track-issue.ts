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

/** What {@link trackCurrentIssues} did, summed over the current issues. */
export interface TrackCurrentResult {
  issues: number;
  created: number;
  duties: number;
  carried: number;
  orphaned: number[];
}

/**
 * Tracks the tasks of every current issue (idempotent); a corrected version imported without
 * tracking carries the ledger over here. Returns how many tracked tasks it created or carried.
 */
export async function trackCurrentIssues(db: Kysely<Database>, options: { today: string | Date }): Promise<TrackCurrentResult> {
  const total: TrackCurrentResult = { issues: 0, created: 0, duties: 0, carried: 0, orphaned: [] };
  const ids = await currentIssueIds(db);
  for (const id of ids) {
    const result = await trackIssueTasks(db, id, { today: options.today });
    total.created += result.created;
    total.duties += result.duties;
    total.carried += result.carried;
    total.orphaned.push(...result.orphaned);
  }
  return { ...total, issues: ids.length };
}
