/**
 * Who an item belongs to, read cheaply before a page or action is allowed: the units of a
 * tracked task, the unit of a duty, a report or a supervision action. The web layer uses these
 * to answer another unit's ids exactly as it answers ids that do not exist.
 */
import type { Kysely } from "kysely";
import type { Database, TaskRole } from "../schema.ts";
import { guard } from "../errors.ts";

/** The units of a tracked task, with their roles; null when the task does not exist. */
export async function taskUnits(db: Kysely<Database>, trackedTaskId: number): Promise<{ orgId: number; role: TaskRole }[] | null> {
  return guard(`reading the units of tracked task #${trackedTaskId}`, async () => {
    const task = await db.selectFrom("tracked_tasks").select("id").where("id", "=", trackedTaskId).executeTakeFirst();
    if (!task) return null;
    const rows = await db.selectFrom("assignments").select(["org_id", "role"]).where("tracked_task_id", "=", trackedTaskId).orderBy("id").execute();
    return rows.map((r) => ({ orgId: r.org_id, role: r.role }));
  });
}

/** Where a duty belongs; null when it does not exist. */
export interface DutyOwner {
  dutyId: number;
  orgId: number;
  trackedTaskId: number;
  label: string;
  periodStart: string;
  periodEnd: string;
  due: string;
}

/** The unit and task of a duty. */
export async function dutyOwner(db: Kysely<Database>, dutyId: number): Promise<DutyOwner | null> {
  const row = await guard(`reading duty #${dutyId}`, () => db.selectFrom("duties").innerJoin("assignments", "assignments.id", "duties.assignment_id")
    .select(["duties.id", "assignments.org_id", "assignments.tracked_task_id", "duties.label", "duties.period_start", "duties.period_end", "duties.due"])
    .where("duties.id", "=", dutyId).executeTakeFirst());
  return row ? { dutyId: row.id, orgId: row.org_id, trackedTaskId: row.tracked_task_id, label: row.label, periodStart: row.period_start, periodEnd: row.period_end, due: row.due } : null;
}

/** The duty and unit of a report; null when it does not exist. */
export async function reportOwner(db: Kysely<Database>, reportId: number): Promise<{ reportId: number; dutyId: number; orgId: number } | null> {
  const row = await guard(`reading report #${reportId}`, () => db.selectFrom("reports").innerJoin("duties", "duties.id", "reports.duty_id")
    .innerJoin("assignments", "assignments.id", "duties.assignment_id")
    .select(["reports.id", "reports.duty_id", "assignments.org_id"]).where("reports.id", "=", reportId).executeTakeFirst());
  return row ? { reportId: row.id, dutyId: row.duty_id, orgId: row.org_id } : null;
}

/** The unit a supervision action is addressed to; null when it does not exist. */
export async function actionOwner(db: Kysely<Database>, actionId: number): Promise<{ actionId: number; orgId: number } | null> {
  const row = await guard(`reading supervision action #${actionId}`, () => db.selectFrom("supervision_actions").select(["id", "org_id"]).where("id", "=", actionId).executeTakeFirst());
  return row ? { actionId: row.id, orgId: row.org_id } : null;
}

/** A numeric target of a tracked task, as the report form asks for readings. */
export interface TaskTarget {
  id: number;
  index: number;
  metric: string;
  comparator: string;
  value: number;
  unit: string;
  baseline: number | null;
  due: string | null;
}

/** The targets of a tracked task in printed order. */
export async function taskTargets(db: Kysely<Database>, trackedTaskId: number): Promise<TaskTarget[]> {
  const rows = await guard(`reading the targets of tracked task #${trackedTaskId}`, () => db.selectFrom("tracked_targets").selectAll()
    .where("tracked_task_id", "=", trackedTaskId).orderBy("target_index").execute());
  return rows.map((r) => ({ id: r.id, index: r.target_index, metric: r.metric, comparator: r.comparator, value: r.value, unit: r.unit, baseline: r.baseline, due: r.due }));
}

/** The current issues' ids, oldest first: what start-up keeps under supervision. */
export async function currentIssueIds(db: Kysely<Database>): Promise<number[]> {
  const rows = await guard("listing current issues", () => db.selectFrom("issues").select("id").where("is_current", "=", 1).orderBy("id").execute());
  return rows.map((r) => r.id);
}
