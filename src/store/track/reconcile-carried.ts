/**
 * Brings a carried-over tracked task in line with the corrected task it now points to: its
 * units, milestones, targets and duties. History is never rewritten — a unit no longer named
 * keeps its assignment, duties and reports, marked removed; done milestones stay as they are.
 */
import type { Kysely } from "kysely";
import { z } from "zod";
import { Target } from "../../model/issue.ts";
import type { MilestoneDue } from "../../track/milestones.ts";
import type { Database, TaskRole } from "../schema.ts";
import { fromJson } from "../json.ts";
import { DUTY_ROLES, type Span } from "./task-schedule.ts";

const Targets = z.array(Target);

/** A unit in a role. */
export interface UnitRole {
  orgId: number;
  role: TaskRole;
}

/** How the units of a carried task changed. */
export interface UnitChanges {
  added: UnitRole[];
  removed: UnitRole[];
  reinstated: UnitRole[];
}

const key = (u: UnitRole) => `${u.orgId}|${u.role}`;

/**
 * Newly named units get a pending assignment named on `today` (duties follow in the caller's
 * pass, from the current period on); units no longer named are marked removed on `today`
 * (their unreported duties of periods not yet begun go, the rest stays as history); a unit
 * named again after a removal is reinstated on its old assignment.
 */
export async function reconcileAssignments(trx: Kysely<Database>, trackedTaskId: number, units: readonly UnitRole[], today: string): Promise<UnitChanges> {
  const existing = await trx.selectFrom("assignments").select(["id", "org_id", "role", "removed_on"]).where("tracked_task_id", "=", trackedTaskId).execute();
  const byKey = new Map(existing.map((a) => [key({ orgId: a.org_id, role: a.role }), a]));
  const named = new Map(units.map((u) => [key(u), u]));
  const changes: UnitChanges = { added: [], removed: [], reinstated: [] };
  for (const u of named.values()) {
    const a = byKey.get(key(u));
    if (a === undefined) {
      await trx.insertInto("assignments").values({
        tracked_task_id: trackedTaskId, org_id: u.orgId, role: u.role, state: "pending", light_override: null, override_reason: null, named_on: today,
      }).execute();
      changes.added.push(u);
    } else if (a.removed_on !== null) {
      // Owed again from now on: the periods it was not named in stay without duties.
      await trx.updateTable("assignments").set({ removed_on: null, named_on: today }).where("id", "=", a.id).execute();
      changes.reinstated.push(u);
    }
  }
  const gone = existing.filter((a) => a.removed_on === null && !named.has(key({ orgId: a.org_id, role: a.role })));
  if (gone.length > 0) {
    const ids = gone.map((a) => a.id);
    await trx.updateTable("assignments").set({ removed_on: today }).where("id", "in", ids).execute();
    await dropUnreportedDuties(trx, ids, today);
    changes.removed.push(...gone.map((a) => ({ orgId: a.org_id, role: a.role })));
  }
  return changes;
}

/** Deletes duties of the assignments whose period starts after `after` and that carry no report. */
async function dropUnreportedDuties(trx: Kysely<Database>, assignmentIds: number[], after: string): Promise<number> {
  if (assignmentIds.length === 0) return 0;
  const result = await trx.deleteFrom("duties").where("assignment_id", "in", assignmentIds).where("period_start", ">", after)
    .where((eb) => eb.not(eb.exists(eb.selectFrom("reports").select("reports.id").whereRef("reports.duty_id", "=", "duties.id"))))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Duties beyond a shortened span are no longer owed: the accountable units' unreported duties of
 * periods after the span's end go. Duties still owed are added by the caller's usual pass.
 */
export async function trimDuties(trx: Kysely<Database>, trackedTaskId: number, span: Span): Promise<number> {
  const active = await trx.selectFrom("assignments").select("id").where("tracked_task_id", "=", trackedTaskId)
    .where("role", "in", DUTY_ROLES).where("removed_on", "is", null).execute();
  return dropUnreportedDuties(trx, active.map((a) => a.id), span.end);
}

/** What happened to a carried task's milestones. */
export type MilestoneOutcome = "unchanged" | "re-derived" | "kept";

/**
 * Milestones follow the corrected deadline only while none is done: a done step is a fact a
 * supervisor recorded against the old schedule, and moving the schedule under it would make the
 * record say something nobody said. Then the old steps stay and a supervisor adjusts by hand.
 * Rows are updated in place by seq so their ids (and exemptions that name them) survive.
 */
export async function reconcileMilestones(trx: Kysely<Database>, trackedTaskId: number, next: readonly MilestoneDue[]): Promise<MilestoneOutcome> {
  const old = await trx.selectFrom("milestones").select(["id", "seq", "due", "label", "done_on"]).where("tracked_task_id", "=", trackedTaskId).orderBy("seq").execute();
  if (old.some((m) => m.done_on !== null)) return "kept";
  if (old.length === next.length && old.every((m, i) => m.due === next[i]?.due && m.label === next[i]?.label)) return "unchanged";
  for (const [seq, m] of next.entries()) {
    const row = old.find((o) => o.seq === seq);
    if (row) await trx.updateTable("milestones").set({ due: m.due, label: m.label }).where("id", "=", row.id).execute();
    else await trx.insertInto("milestones").values({ tracked_task_id: trackedTaskId, assignment_id: null, seq, due: m.due, label: m.label, done_on: null }).execute();
  }
  const extra = old.filter((o) => o.seq >= next.length).map((o) => o.id);
  if (extra.length > 0) await trx.deleteFrom("milestones").where("id", "in", extra).execute();
  return "re-derived";
}

/**
 * Targets follow the corrected text by index, keeping their baselines and readings; a target
 * the correction dropped goes unless readings were reported against it (then it stays as record).
 */
export async function reconcileTargets(trx: Kysely<Database>, trackedTaskId: number, task: { id: number; targets: string }): Promise<number> {
  const targets = fromJson(Targets, task.targets, `targets of task #${task.id}`);
  const old = await trx.selectFrom("tracked_targets").selectAll().where("tracked_task_id", "=", trackedTaskId).execute();
  let changed = 0;
  for (const [i, t] of targets.entries()) {
    const row = old.find((o) => o.target_index === i);
    const values = { metric: t.metric, comparator: t.comparator, value: t.value, unit: t.unit, due: t.by };
    if (!row) {
      await trx.insertInto("tracked_targets").values({ tracked_task_id: trackedTaskId, target_index: i, baseline: null, ...values }).execute();
      changed += 1;
    } else if (row.metric !== t.metric || row.comparator !== t.comparator || row.value !== t.value || row.unit !== t.unit || row.due !== t.by) {
      await trx.updateTable("tracked_targets").set(values).where("id", "=", row.id).execute();
      changed += 1;
    }
  }
  const extra = old.filter((o) => o.target_index >= targets.length).map((o) => o.id);
  if (extra.length > 0) {
    const result = await trx.deleteFrom("tracked_targets").where("id", "in", extra)
      .where((eb) => eb.not(eb.exists(eb.selectFrom("target_readings").select("target_readings.id").whereRef("target_readings.tracked_target_id", "=", "tracked_targets.id"))))
      .executeTakeFirst();
    changed += Number(result.numDeletedRows);
  }
  return changed;
}
