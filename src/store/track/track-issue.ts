/**
 * Puts an issue's tasks under supervision: each stored task becomes a tracked task with one
 * assignment per unit and role, milestones from its deadline, targets, and reporting duties for
 * its lead and responsible units. Running it again creates nothing twice; it only adds the
 * duties of periods that have begun since (ongoing work is reported on year by year). A
 * corrected version of an issue carries the ledger of the version it replaces (carry-over.ts).
 */
import type { Kysely } from "kysely";
import { z } from "zod";
import { Target } from "../../model/issue.ts";
import { clockOf } from "../../track/dates.ts";
import { DEFAULT_CADENCE, checkCadence, type Cadence } from "../../track/duties.ts";
import { requireSupervisor, type Actor } from "../../track/roles.ts";
import type { Database } from "../schema.ts";
import { notFound } from "../errors.ts";
import { fromJson } from "../json.ts";
import { mutation, writeAudit } from "./audit.ts";
import { carryOverTracking } from "./carry-over.ts";
import { addDuties, DUTY_ROLES, taskSchedule } from "./task-schedule.ts";

/** Options of {@link trackIssueTasks}; `cadences` sets a document's own rhythm by document id. */
export interface TrackOptions {
  today: string | Date;
  cadence?: Cadence | undefined;
  cadences?: Record<number, Cadence> | undefined;
  actor?: Actor | null | undefined;
}

/** What {@link trackIssueTasks} did; `carried` and `orphaned` (tracked task ids) describe a corrected version's first tracking. */
export interface TrackResult {
  tracked: number;
  created: number;
  duties: number;
  carried: number;
  orphaned: number[];
}

const Targets = z.array(Target);
const CadenceJson = z.object({ every: z.enum(["quarter", "month", "half-year", "year"]), dueDays: z.number().int() });

/**
 * Tracks every stored task of an issue (see the file comment); idempotent. A corrected version
 * first takes over the tracked tasks of the version it replaces (carry-over.ts). Only the
 * current version of an edition takes new tracked tasks: re-importing an old version's bytes
 * must not bring back, as new, tasks whose ledger has moved on to the correction.
 */
export async function trackIssueTasks(db: Kysely<Database>, issueId: number, options: TrackOptions): Promise<TrackResult> {
  const { at, today } = clockOf(options.today);
  const fallback = checkCadence(options.cadence ?? DEFAULT_CADENCE);
  for (const c of Object.values(options.cadences ?? {})) checkCadence(c);
  const userId = options.actor?.userId ?? null;
  return mutation(db, `tracking the tasks of issue #${issueId}`, async (trx) => {
    const issue = await trx.selectFrom("issues").select(["id", "date", "publication", "year", "number", "version", "is_current"]).where("id", "=", issueId).executeTakeFirst();
    if (!issue) throw notFound(`issue #${issueId}`);
    const current = issue.is_current === 1;
    const trackedBefore = await trx.selectFrom("tracked_tasks").select("id").where("issue_id", "=", issueId).executeTakeFirst();
    // Carrying over happens once, at the version's first tracking, so orphans are reported once.
    const carry = current && !trackedBefore ? await carryOverTracking(trx, issue, { at, today, userId }) : { carried: 0, orphaned: [] };
    const tasks = await trx.selectFrom("tasks").innerJoin("documents", "documents.id", "tasks.document_id")
      .select(["tasks.id", "tasks.document_id", "tasks.deadline", "tasks.targets", "documents.date"])
      .where("documents.issue_id", "=", issueId).orderBy("tasks.id").execute();
    const units = await trx.selectFrom("task_units").innerJoin("tasks", "tasks.id", "task_units.task_id")
      .innerJoin("documents", "documents.id", "tasks.document_id")
      .select(["task_units.task_id", "task_units.org_id", "task_units.role"])
      .where("documents.issue_id", "=", issueId).orderBy("task_units.task_id").orderBy("task_units.seq").execute();
    const tracked = await trx.selectFrom("tracked_tasks").select(["id", "task_id", "cadence", "standing"]).where("issue_id", "=", issueId).execute();
    const trackedByTask = new Map(tracked.map((t) => [t.task_id, t]));
    let created = 0;
    let duties = 0;
    for (const task of tasks) {
      const { milestones, span } = taskSchedule(task, issue.date, today);
      const existing = trackedByTask.get(task.id);
      if (existing) {
        // A withdrawn (撤销) task owes nothing more: its duties stay as they were.
        if (existing.standing === "withdrawn") continue;
        const cadence = fromJson(CadenceJson, existing.cadence, `cadence of tracked task #${existing.id}`);
        const reporting = await trx.selectFrom("assignments").select(["id", "named_on"]).where("tracked_task_id", "=", existing.id)
          .where("role", "in", DUTY_ROLES).where("removed_on", "is", null).execute();
        const added = await addDuties(trx, reporting, span, cadence);
        if (added > 0) await writeAudit(trx, { at, userId, action: "extend-duties", entity: "tracked_task", entityId: existing.id, after: { added, through: span.end } });
        duties += added;
        continue;
      }
      if (!current) continue;
      const cadence = options.cadences?.[task.document_id] ?? fallback;
      const { id } = await trx.insertInto("tracked_tasks").values({
        task_id: task.id, document_id: task.document_id, issue_id: issueId, cadence: JSON.stringify(cadence),
        light_override: null, override_reason: null, override_by: null, completion_state: "none",
        completion_note: null, completion_comment: null, completion_proposed_at: null, completed_on: null, created_at: at,
      }).returning("id").executeTakeFirstOrThrow();
      const seen = new Set<string>();
      const mine = units.filter((u) => u.task_id === task.id && !seen.has(`${u.org_id}|${u.role}`) && seen.add(`${u.org_id}|${u.role}`));
      if (mine.length > 0) {
        await trx.insertInto("assignments").values(mine.map((u) => ({
          tracked_task_id: id, org_id: u.org_id, role: u.role, state: "pending" as const, light_override: null, override_reason: null,
        }))).execute();
      }
      if (milestones.length > 0) {
        await trx.insertInto("milestones").values(milestones.map((m, seq) => ({ tracked_task_id: id, assignment_id: null, seq, due: m.due, label: m.label, done_on: null }))).execute();
      }
      const targets = fromJson(Targets, task.targets, `targets of task #${task.id}`);
      if (targets.length > 0) {
        await trx.insertInto("tracked_targets").values(targets.map((t, i) => ({
          tracked_task_id: id, target_index: i, metric: t.metric, comparator: t.comparator, value: t.value, unit: t.unit, baseline: null, due: t.by,
        }))).execute();
      }
      const accountable = await trx.selectFrom("assignments").select(["id", "named_on"]).where("tracked_task_id", "=", id).where("role", "in", DUTY_ROLES).orderBy("id").execute();
      const added = await addDuties(trx, accountable, span, cadence);
      duties += added;
      created += 1;
      await writeAudit(trx, {
        at, userId, action: "track", entity: "tracked_task", entityId: id,
        after: { taskId: task.id, documentId: task.document_id, cadence, assignments: mine.length, milestones: milestones.map((m) => m.due), duties: added },
      });
    }
    return { tracked: tasks.length, created, duties, carried: carry.carried, orphaned: carry.orphaned };
  });
}

/** Sets a target's baseline (基数), so progress can be read against where the work started. */
export async function setTargetBaseline(db: Kysely<Database>, actor: Actor, input: { targetId: number; baseline: number | null; now: Date | string }): Promise<void> {
  const { at } = clockOf(input.now);
  requireSupervisor(actor);
  await mutation(db, `setting the baseline of target #${input.targetId}`, async (trx) => {
    const before = await trx.selectFrom("tracked_targets").selectAll().where("id", "=", input.targetId).executeTakeFirst();
    if (!before) throw notFound(`target #${input.targetId}`);
    await trx.updateTable("tracked_targets").set({ baseline: input.baseline }).where("id", "=", input.targetId).execute();
    await writeAudit(trx, { at, userId: actor.userId, action: "set-baseline", entity: "tracked_target", entityId: input.targetId, before: { baseline: before.baseline }, after: { baseline: input.baseline } });
  });
}
