/**
 * A corrected text of an issue becomes a new version with new task rows; the ledger must not
 * start again because of a typo fix. Before a new version is first tracked, each of its tasks
 * that matches a task of the version it replaces (src/track/match-versions.ts) takes over that
 * task's tracked task — same id, so reports, 办结, overrides, milestones done, 督办 and the
 * audit trail come along — and the tracked task is reconciled with the corrected task's units,
 * deadline and targets. Old tracked tasks nothing matches stay on the old version (their task
 * is still there) and are reported, and audited, as orphaned for a supervisor to look at.
 */
import type { Kysely } from "kysely";
import { matchVersions, type VersionDocument } from "../../track/match-versions.ts";
import type { Database } from "../schema.ts";
import { sameEdition } from "../save-issue.ts";
import { writeAudit } from "./audit.ts";
import { reconcileAssignments, reconcileMilestones, reconcileTargets, trimDuties, type UnitRole } from "./reconcile-carried.ts";
import { taskSchedule } from "./task-schedule.ts";

/** The issue version being tracked, as the carry-over needs it. */
export interface CarryOverIssue {
  id: number;
  publication: string | null;
  year: number | null;
  number: number | null;
  version: number;
  date: string | null;
}

/** What {@link carryOverTracking} did: tracked tasks carried over, and the ids of those left behind. */
export interface CarryOverResult {
  fromIssueId: number | null;
  carried: number;
  orphaned: number[];
}

/** Who and when, for the audit entries. */
export interface CarryOverContext {
  at: string;
  today: string;
  userId: number | null;
}

async function loadVersion(trx: Kysely<Database>, issueId: number): Promise<VersionDocument[]> {
  const docs = await trx.selectFrom("documents").select(["id", "seq", "title", "doc_number"]).where("issue_id", "=", issueId).orderBy("seq").execute();
  const tasks = await trx.selectFrom("tasks").innerJoin("documents", "documents.id", "tasks.document_id")
    .select(["tasks.id", "tasks.document_id", "tasks.seq", "tasks.path", "tasks.title"])
    .where("documents.issue_id", "=", issueId).orderBy("tasks.document_id").orderBy("tasks.seq").execute();
  return docs.map((d) => ({
    id: d.id, seq: d.seq, title: d.title, docNumber: d.doc_number,
    tasks: tasks.filter((t) => t.document_id === d.id).map((t) => ({ id: t.id, seq: t.seq, path: t.path, title: t.title })),
  }));
}

/**
 * The version to carry from: the newest older version of the same edition that has tracked
 * tasks — usually the one just replaced, but an older one if that was never tracked.
 */
async function previousTracked(trx: Kysely<Database>, issue: CarryOverIssue): Promise<number | null> {
  if (issue.year === null || issue.number === null || issue.version <= 1) return null;
  const row = await trx.selectFrom("issues").select("issues.id")
    .where(sameEdition(issue.publication, issue.year, issue.number)).where("issues.version", "<", issue.version)
    .where((eb) => eb.exists(eb.selectFrom("tracked_tasks").select("tracked_tasks.id").whereRef("tracked_tasks.issue_id", "=", "issues.id")))
    .orderBy("issues.version", "desc").executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Carries the tracked tasks of the version `issue` replaces over to its matching tasks (see the
 * file comment). Call it once, before the version's first tracking, in the import's transaction.
 */
export async function carryOverTracking(trx: Kysely<Database>, issue: CarryOverIssue, ctx: CarryOverContext): Promise<CarryOverResult> {
  const fromIssueId = await previousTracked(trx, issue);
  if (fromIssueId === null) return { fromIssueId: null, carried: 0, orphaned: [] };
  const matches = matchVersions(await loadVersion(trx, fromIssueId), await loadVersion(trx, issue.id));
  const tracked = await trx.selectFrom("tracked_tasks").select(["id", "task_id", "document_id"]).where("issue_id", "=", fromIssueId).orderBy("id").execute();
  const trackedByTask = new Map(tracked.map((t) => [t.task_id, t]));
  const tasks = await trx.selectFrom("tasks").innerJoin("documents", "documents.id", "tasks.document_id")
    .select(["tasks.id", "tasks.deadline", "tasks.targets", "documents.date"]).where("documents.issue_id", "=", issue.id).execute();
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const units = await trx.selectFrom("task_units").innerJoin("tasks", "tasks.id", "task_units.task_id")
    .innerJoin("documents", "documents.id", "tasks.document_id")
    .select(["task_units.task_id", "task_units.org_id", "task_units.role"])
    .where("documents.issue_id", "=", issue.id).orderBy("task_units.task_id").orderBy("task_units.seq").execute();

  const carriedIds = new Set<number>();
  for (const m of matches) {
    const old = trackedByTask.get(m.oldTaskId);
    const task = taskById.get(m.newTaskId);
    if (!old || !task) continue;
    await trx.updateTable("tracked_tasks").set({ task_id: m.newTaskId, document_id: m.newDocumentId, issue_id: issue.id }).where("id", "=", old.id).execute();
    const named: UnitRole[] = units.filter((u) => u.task_id === m.newTaskId).map((u) => ({ orgId: u.org_id, role: u.role }));
    const schedule = taskSchedule(task, issue.date, ctx.today);
    const unitChanges = await reconcileAssignments(trx, old.id, named, ctx.today);
    const milestones = await reconcileMilestones(trx, old.id, schedule.milestones);
    const targets = await reconcileTargets(trx, old.id, task);
    const dutiesDropped = await trimDuties(trx, old.id, schedule.span);
    carriedIds.add(old.id);
    await writeAudit(trx, {
      at: ctx.at, userId: ctx.userId, action: "carry-over", entity: "tracked_task", entityId: old.id,
      before: { taskId: old.task_id, documentId: old.document_id, issueId: fromIssueId },
      after: { taskId: m.newTaskId, documentId: m.newDocumentId, issueId: issue.id, version: issue.version, matchedBy: m.by, units: unitChanges, milestones, targets, dutiesDropped },
    });
  }

  const left = tracked.filter((t) => !carriedIds.has(t.id));
  for (const t of left) {
    await writeAudit(trx, {
      at: ctx.at, userId: ctx.userId, action: "orphan", entity: "tracked_task", entityId: t.id,
      before: { taskId: t.task_id, documentId: t.document_id, issueId: fromIssueId },
      after: { supersededBy: issue.id, version: issue.version, reason: "no task of the corrected version matches" },
    });
  }
  return { fromIssueId, carried: carriedIds.size, orphaned: left.map((t) => t.id) };
}
