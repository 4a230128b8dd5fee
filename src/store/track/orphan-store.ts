/**
 * Orphans of a correction: when a corrected text of an issue is tracked, tracked tasks of the
 * version it replaces that match no task of the new version stay on the old version and are
 * audited as `orphan` (carry-over.ts). Until a supervisor decides, they count as before. An
 * orphaned tracked task is one with an `orphan` audit entry (the append-only record that the
 * carry-over left it behind) whose issue is no longer the current version of its edition and
 * whose standing is still `active`. The supervisor withdraws it (撤销: the correction removed the
 * task; it stops counting, its history stays readable) or keeps it (the correction dropped it by
 * mistake; it stays tracked as before) — either way with a reason, audited.
 */
import type { Kysely } from "kysely";
import { GongbaoError } from "../../model/errors.ts";
import { clockOf } from "../../track/dates.ts";
import type { ReportState } from "../../track/reports.ts";
import { requireSupervisor, type Actor } from "../../track/roles.ts";
import type { Database, TaskRole } from "../schema.ts";
import { guard, notFound } from "../errors.ts";
import { sameEdition } from "../save-issue.ts";
import { changed, mutation, writeAudit } from "./audit.ts";

/** One version of a gazette issue, as the orphan list names it. */
export interface IssueVersionRef {
  issueId: number;
  publication: string | null;
  year: number | null;
  number: number | null;
  version: number;
}

/** The latest report version on one duty of an orphaned task. */
export interface OrphanReport {
  dutyId: number;
  unit: string;
  label: string;
  state: ReportState;
  version: number;
  submittedOn: string | null;
}

/** An orphaned tracked task with what a supervisor needs to decide on it. */
export interface OrphanTask {
  trackedTaskId: number;
  title: string;
  documentId: number;
  documentTitle: string | null;
  /** The units it names now (a unit no longer named is history, not listed). */
  units: { orgId: number; unit: string; role: TaskRole }[];
  /** The version it stays on. */
  from: IssueVersionRef;
  /** The current version of the same edition; null if none is current (should not happen). */
  current: IssueVersionRef | null;
  /** When the carry-over left it behind (the `orphan` audit entry). */
  orphanedAt: string;
  reports: OrphanReport[];
}

/** A supervisor's decision on an orphan: withdraw it (撤销) or keep it under supervision. */
export type OrphanDecision = "withdraw" | "keep";

/** Input of {@link withdrawOrphan} and {@link keepOrphan}; the reason is required. */
export interface OrphanDecisionInput {
  trackedTaskId: number;
  reason: string;
  now: Date | string;
}

/** Tracked-task ids with an `orphan` audit entry and when it was written (the latest, should there be two). */
async function orphanEntries(db: Kysely<Database>, trackedTaskId?: number): Promise<Map<number, string>> {
  let q = db.selectFrom("audit_log").select(["entity_id", "at"]).where("entity", "=", "tracked_task").where("action", "=", "orphan");
  if (trackedTaskId !== undefined) q = q.where("entity_id", "=", String(trackedTaskId));
  const rows = await q.orderBy("id").execute();
  return new Map(rows.map((r) => [Number(r.entity_id), r.at]));
}

/** Orphaned tracked tasks as rows: active, on a version that is no longer current, among `entries`. */
async function orphanRows(db: Kysely<Database>, entries: Map<number, string>) {
  if (entries.size === 0) return [];
  return db.selectFrom("tracked_tasks").innerJoin("tasks", "tasks.id", "tracked_tasks.task_id")
    .innerJoin("documents", "documents.id", "tracked_tasks.document_id").innerJoin("issues", "issues.id", "tracked_tasks.issue_id")
    .select(["tracked_tasks.id", "tasks.title", "tracked_tasks.document_id", "documents.title as document_title",
      "issues.id as issue_id", "issues.publication", "issues.year", "issues.number", "issues.version"])
    .where("tracked_tasks.id", "in", [...entries.keys()]).where("tracked_tasks.standing", "=", "active").where("issues.is_current", "=", 0)
    .orderBy("tracked_tasks.id").execute();
}

async function currentVersion(db: Kysely<Database>, from: IssueVersionRef): Promise<IssueVersionRef | null> {
  if (from.year === null || from.number === null) return null;
  const row = await db.selectFrom("issues").select(["id", "publication", "year", "number", "version"])
    .where(sameEdition(from.publication, from.year, from.number)).where("is_current", "=", 1).executeTakeFirst();
  return row ? { issueId: row.id, publication: row.publication, year: row.year, number: row.number, version: row.version } : null;
}

/** Every orphaned tracked task (see the file comment), oldest tracked task first. */
export async function listOrphans(db: Kysely<Database>): Promise<OrphanTask[]> {
  return guard("listing the orphans of corrected issues", async () => {
    const entries = await orphanEntries(db);
    const rows = await orphanRows(db, entries);
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const units = await db.selectFrom("assignments").innerJoin("orgs", "orgs.id", "assignments.org_id")
      .select(["assignments.tracked_task_id", "assignments.org_id", "orgs.name", "assignments.role"])
      .where("assignments.tracked_task_id", "in", ids).where("assignments.removed_on", "is", null).orderBy("assignments.id").execute();
    const reports = await db.selectFrom("reports").innerJoin("duties", "duties.id", "reports.duty_id")
      .innerJoin("assignments", "assignments.id", "duties.assignment_id").innerJoin("orgs", "orgs.id", "assignments.org_id")
      .select(["assignments.tracked_task_id", "duties.id as duty_id", "duties.label", "duties.period_start", "orgs.name", "reports.state", "reports.version", "reports.submitted_on"])
      .where("assignments.tracked_task_id", "in", ids).orderBy("duties.period_start").orderBy("duties.id").orderBy("reports.version").execute();
    const currents = new Map<number, IssueVersionRef | null>();
    const result: OrphanTask[] = [];
    for (const r of rows) {
      const from: IssueVersionRef = { issueId: r.issue_id, publication: r.publication, year: r.year, number: r.number, version: r.version };
      if (!currents.has(r.issue_id)) currents.set(r.issue_id, await currentVersion(db, from));
      // Only the latest version of each duty's report: the list says where reporting stands.
      const latest = new Map<number, OrphanReport>();
      for (const p of reports.filter((x) => x.tracked_task_id === r.id)) {
        latest.set(p.duty_id, { dutyId: p.duty_id, unit: p.name, label: p.label, state: p.state, version: p.version, submittedOn: p.submitted_on });
      }
      result.push({
        trackedTaskId: r.id, title: r.title, documentId: r.document_id, documentTitle: r.document_title,
        units: units.filter((u) => u.tracked_task_id === r.id).map((u) => ({ orgId: u.org_id, unit: u.name, role: u.role })),
        from, current: currents.get(r.issue_id) ?? null, orphanedAt: entries.get(r.id) ?? "", reports: [...latest.values()],
      });
    }
    return result;
  });
}

async function decide(db: Kysely<Database>, actor: Actor, input: OrphanDecisionInput, decision: OrphanDecision): Promise<void> {
  requireSupervisor(actor);
  const reason = input.reason.trim();
  if (!reason) throw new GongbaoError("bad-request", decision === "withdraw" ? "撤销任务须说明理由" : "保留任务须说明理由", { field: "reason" });
  const { at } = clockOf(input.now);
  const standing = decision === "withdraw" ? "withdrawn" : "kept";
  await mutation(db, `${decision === "withdraw" ? "withdrawing" : "keeping"} orphaned tracked task #${input.trackedTaskId}`, async (trx) => {
    const task = await trx.selectFrom("tracked_tasks").select(["id", "issue_id", "standing"]).where("id", "=", input.trackedTaskId).executeTakeFirst();
    if (!task) throw notFound(`tracked task #${input.trackedTaskId}`);
    const [orphan] = await orphanRows(trx, await orphanEntries(trx, task.id));
    if (!orphan) throw new GongbaoError("conflict", "该任务不是待处理的更正后未匹配任务（可能已被他人处理）");
    // Conditional on the standing read, so two supervisors deciding at once cannot both win.
    const result = await trx.updateTable("tracked_tasks").set({ standing }).where("id", "=", task.id).where("standing", "=", "active").executeTakeFirst();
    if (!changed(result)) throw new GongbaoError("conflict", "该任务已被他人处理，请刷新后重试");
    await writeAudit(trx, {
      at, userId: actor.userId, action: decision === "withdraw" ? "withdraw-orphan" : "keep-orphan", entity: "tracked_task", entityId: task.id,
      before: { standing: task.standing, issueId: task.issue_id }, after: { standing, reason },
    });
  });
}

/** Withdraws an orphaned tracked task (撤销): it stops counting anywhere; its history stays readable. */
export async function withdrawOrphan(db: Kysely<Database>, actor: Actor, input: OrphanDecisionInput): Promise<void> {
  await decide(db, actor, input, "withdraw");
}

/** Keeps an orphaned tracked task under supervision as before, e.g. when the correction dropped it by mistake. */
export async function keepOrphan(db: Kysely<Database>, actor: Actor, input: OrphanDecisionInput): Promise<void> {
  await decide(db, actor, input, "keep");
}
