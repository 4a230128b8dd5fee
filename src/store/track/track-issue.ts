/**
 * Puts an issue's tasks under supervision: each stored task becomes a tracked task with one
 * assignment per unit and role, milestones from its deadline, targets, and reporting duties for
 * its lead and responsible units. Running it again creates nothing twice; it only adds the
 * duties of periods that have begun since (ongoing work is reported on year by year).
 */
import type { Kysely } from "kysely";
import { z } from "zod";
import { Deadline, Target } from "../../model/issue.ts";
import { clockOf, yearOf } from "../../track/dates.ts";
import { DEFAULT_CADENCE, checkCadence, reportingDuties, type Cadence } from "../../track/duties.ts";
import { milestonesFor } from "../../track/milestones.ts";
import { requireSupervisor, type Actor } from "../../track/roles.ts";
import type { Database, TaskRole } from "../schema.ts";
import { notFound } from "../errors.ts";
import { fromJson } from "../json.ts";
import { mutation, writeAudit } from "./audit.ts";

/** Options of {@link trackIssueTasks}; `cadences` sets a document's own rhythm by document id. */
export interface TrackOptions {
  today: string | Date;
  cadence?: Cadence | undefined;
  cadences?: Record<number, Cadence> | undefined;
  actor?: Actor | null | undefined;
}

/** What {@link trackIssueTasks} did. */
export interface TrackResult {
  tracked: number;
  created: number;
  duties: number;
}

const NullableDeadline = Deadline.nullable();
const Targets = z.array(Target);
const CadenceJson = z.object({ every: z.enum(["quarter", "month", "half-year", "year"]), dueDays: z.number().int() });
const DUTY_ROLES: readonly TaskRole[] = ["lead", "responsible"];

interface Span {
  start: string;
  end: string;
}

/** From the document's date to the last milestone, or to the end of this year for open-ended work. */
function dutySpan(start: string, dues: string[], today: string): Span {
  const last = dues.reduce<string | null>((m, d) => (m === null || d > m ? d : m), null);
  const end = last ?? `${Math.max(yearOf(today), yearOf(start))}-12-31`;
  return { start, end: end < start ? start : end };
}

async function addDuties(trx: Kysely<Database>, assignmentIds: number[], span: Span, cadence: Cadence): Promise<number> {
  if (assignmentIds.length === 0) return 0;
  const periods = reportingDuties({ ...span, cadence });
  const existing = await trx.selectFrom("duties").select(["assignment_id", "period_start"]).where("assignment_id", "in", assignmentIds).execute();
  const have = new Set(existing.map((d) => `${d.assignment_id}|${d.period_start}`));
  const rows = assignmentIds.flatMap((id) => periods.filter((p) => !have.has(`${id}|${p.periodStart}`)).map((p) => ({
    assignment_id: id, period_start: p.periodStart, period_end: p.periodEnd, due: p.due, label: p.label,
  })));
  if (rows.length > 0) await trx.insertInto("duties").values(rows).execute();
  return rows.length;
}

/** Tracks every stored task of an issue (see the file comment); idempotent. */
export async function trackIssueTasks(db: Kysely<Database>, issueId: number, options: TrackOptions): Promise<TrackResult> {
  const { at, today } = clockOf(options.today);
  const fallback = checkCadence(options.cadence ?? DEFAULT_CADENCE);
  for (const c of Object.values(options.cadences ?? {})) checkCadence(c);
  const userId = options.actor?.userId ?? null;
  return mutation(db, `tracking the tasks of issue #${issueId}`, async (trx) => {
    const issue = await trx.selectFrom("issues").select(["id", "date"]).where("id", "=", issueId).executeTakeFirst();
    if (!issue) throw notFound(`issue #${issueId}`);
    const tasks = await trx.selectFrom("tasks").innerJoin("documents", "documents.id", "tasks.document_id")
      .select(["tasks.id", "tasks.document_id", "tasks.deadline", "tasks.targets", "documents.date"])
      .where("documents.issue_id", "=", issueId).orderBy("tasks.id").execute();
    const units = await trx.selectFrom("task_units").innerJoin("tasks", "tasks.id", "task_units.task_id")
      .innerJoin("documents", "documents.id", "tasks.document_id")
      .select(["task_units.task_id", "task_units.org_id", "task_units.role"])
      .where("documents.issue_id", "=", issueId).orderBy("task_units.task_id").orderBy("task_units.seq").execute();
    const tracked = await trx.selectFrom("tracked_tasks").select(["id", "task_id", "cadence"]).where("issue_id", "=", issueId).execute();
    const trackedByTask = new Map(tracked.map((t) => [t.task_id, t]));
    let created = 0;
    let duties = 0;
    for (const task of tasks) {
      const deadline = task.deadline === null ? null : fromJson(NullableDeadline, task.deadline, `deadline of task #${task.id}`);
      const milestones = milestonesFor(deadline);
      const start = task.date ?? issue.date ?? deadline?.start ?? today;
      const span = dutySpan(start, milestones.map((m) => m.due), today);
      const existing = trackedByTask.get(task.id);
      if (existing) {
        const cadence = fromJson(CadenceJson, existing.cadence, `cadence of tracked task #${existing.id}`);
        const ids = await trx.selectFrom("assignments").select("id").where("tracked_task_id", "=", existing.id).where("role", "in", DUTY_ROLES).execute();
        const added = await addDuties(trx, ids.map((a) => a.id), span, cadence);
        if (added > 0) await writeAudit(trx, { at, userId, action: "extend-duties", entity: "tracked_task", entityId: existing.id, after: { added, through: span.end } });
        duties += added;
        continue;
      }
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
      const accountable = await trx.selectFrom("assignments").select("id").where("tracked_task_id", "=", id).where("role", "in", DUTY_ROLES).orderBy("id").execute();
      const added = await addDuties(trx, accountable.map((a) => a.id), span, cadence);
      duties += added;
      created += 1;
      await writeAudit(trx, {
        at, userId, action: "track", entity: "tracked_task", entityId: id,
        after: { taskId: task.id, documentId: task.document_id, cadence, assignments: mine.length, milestones: milestones.map((m) => m.due), duties: added },
      });
    }
    return { tracked: tasks.length, created, duties };
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
