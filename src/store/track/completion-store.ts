/**
 * Closing tasks and steering lights: a unit proposes 办结, a supervisor accepts (销号, which also
 * closes the open milestones) or returns it; supervisors mark single steps done and override a
 * light with a written reason. Each change is checked against the state it was read in.
 */
import type { Kysely } from "kysely";
import { GongbaoError } from "../../model/errors.ts";
import { nextCompletionState } from "../../track/completion.ts";
import { clockOf } from "../../track/dates.ts";
import { LIGHT_COLORS, type LightColor } from "../../track/light.ts";
import { requireSupervisor, requireUnit, type Actor } from "../../track/roles.ts";
import type { Database } from "../schema.ts";
import { notFound } from "../errors.ts";
import { changed, mutation, writeAudit } from "./audit.ts";

async function trackedTask(db: Kysely<Database>, id: number) {
  const row = await db.selectFrom("tracked_tasks").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound(`tracked task #${id}`);
  return row;
}

const stale = () => new GongbaoError("conflict", "任务状态已被他人修改，请刷新后重试");

/** A lead or responsible unit proposes that the task is done (申请办结). */
export async function proposeCompletion(
  db: Kysely<Database>, actor: Actor, input: { trackedTaskId: number; orgId: number; note: string; now: Date | string },
): Promise<void> {
  requireUnit(actor, input.orgId);
  const { at } = clockOf(input.now);
  await mutation(db, `proposing completion of tracked task #${input.trackedTaskId}`, async (trx) => {
    const task = await trackedTask(trx, input.trackedTaskId);
    if (task.standing === "withdrawn") throw new GongbaoError("conflict", "该任务已撤销，无需申请办结");
    const mine = await trx.selectFrom("assignments").select(["id", "state"]).where("tracked_task_id", "=", task.id)
      .where("org_id", "=", input.orgId).where("role", "in", ["lead", "responsible"]).where("removed_on", "is", null).execute();
    if (mine.length === 0) throw new GongbaoError("forbidden", "只有牵头或责任单位可以申请办结");
    const state = nextCompletionState(task.completion_state, "propose");
    const note = input.note.trim() || null;
    const result = await trx.updateTable("tracked_tasks").set({ completion_state: state, completion_note: note, completion_proposed_at: at, completion_comment: null })
      .where("id", "=", task.id).where("completion_state", "=", task.completion_state).executeTakeFirst();
    if (!changed(result)) throw stale();
    await trx.updateTable("assignments").set({ state: "proposed" }).where("id", "in", mine.map((a) => a.id)).execute();
    await writeAudit(trx, {
      at, userId: actor.userId, action: "propose-completion", entity: "tracked_task", entityId: task.id,
      before: { completionState: task.completion_state, assignments: mine }, after: { completionState: state, note, orgId: input.orgId },
    });
  });
}

/** A supervisor accepts a proposed completion (销号) or returns it with a comment. */
export async function reviewCompletion(
  db: Kysely<Database>, actor: Actor, input: { trackedTaskId: number; decision: "accept" | "return"; comment?: string | undefined; now: Date | string },
): Promise<void> {
  requireSupervisor(actor);
  const { at, today } = clockOf(input.now);
  await mutation(db, `reviewing completion of tracked task #${input.trackedTaskId}`, async (trx) => {
    const task = await trackedTask(trx, input.trackedTaskId);
    const state = nextCompletionState(task.completion_state, input.decision, input.comment);
    const comment = input.comment?.trim() || null;
    const result = await trx.updateTable("tracked_tasks")
      .set({ completion_state: state, completion_comment: comment, completed_on: state === "accepted" ? today : null })
      .where("id", "=", task.id).where("completion_state", "=", task.completion_state).executeTakeFirst();
    if (!changed(result)) throw stale();
    if (state === "accepted") {
      // Units a corrected text no longer names keep the state they were left in.
      await trx.updateTable("assignments").set({ state: "done" }).where("tracked_task_id", "=", task.id).where("removed_on", "is", null).execute();
      await trx.updateTable("milestones").set({ done_on: today }).where("tracked_task_id", "=", task.id).where("done_on", "is", null).execute();
    } else {
      await trx.updateTable("assignments").set({ state: "in-progress" }).where("tracked_task_id", "=", task.id).where("state", "=", "proposed").execute();
    }
    await writeAudit(trx, {
      at, userId: actor.userId, action: input.decision === "accept" ? "accept-completion" : "return-completion", entity: "tracked_task", entityId: task.id,
      before: { completionState: task.completion_state, completedOn: task.completed_on }, after: { completionState: state, comment, completedOn: state === "accepted" ? today : null },
    });
  });
}

/** A supervisor marks one step of a multi-step deadline as reached. */
export async function markMilestoneDone(db: Kysely<Database>, actor: Actor, input: { milestoneId: number; doneOn: string | null; now: Date | string }): Promise<void> {
  requireSupervisor(actor);
  const { at } = clockOf(input.now);
  if (input.doneOn !== null) clockOf(input.doneOn);
  await mutation(db, `marking milestone #${input.milestoneId}`, async (trx) => {
    const before = await trx.selectFrom("milestones").selectAll().where("id", "=", input.milestoneId).executeTakeFirst();
    if (!before) throw notFound(`milestone #${input.milestoneId}`);
    await trx.updateTable("milestones").set({ done_on: input.doneOn }).where("id", "=", before.id).execute();
    await writeAudit(trx, { at, userId: actor.userId, action: "mark-milestone", entity: "milestone", entityId: before.id, before: { doneOn: before.done_on }, after: { doneOn: input.doneOn } });
  });
}

/** Sets (or with `color: null` clears) a supervisor's light on a task or one assignment; a reason is required. */
export async function overrideLight(
  db: Kysely<Database>, actor: Actor,
  input: { trackedTaskId: number; assignmentId?: number | undefined; color: LightColor | null; reason: string; now: Date | string },
): Promise<void> {
  requireSupervisor(actor);
  const { at } = clockOf(input.now);
  const reason = input.reason.trim();
  if (input.color !== null && !LIGHT_COLORS.includes(input.color)) throw new GongbaoError("bad-request", "未知的灯色", { field: "color" });
  if (!reason) throw new GongbaoError("bad-request", "人工调整灯色须写明理由", { field: "reason" });
  await mutation(db, `overriding the light of tracked task #${input.trackedTaskId}`, async (trx) => {
    const task = await trackedTask(trx, input.trackedTaskId);
    const set = { light_override: input.color, override_reason: input.color === null ? null : reason };
    if (input.assignmentId === undefined) {
      await trx.updateTable("tracked_tasks").set({ ...set, override_by: input.color === null ? null : actor.userId }).where("id", "=", task.id).execute();
      await writeAudit(trx, {
        at, userId: actor.userId, action: input.color === null ? "clear-override" : "override-light", entity: "tracked_task", entityId: task.id,
        before: { color: task.light_override, reason: task.override_reason }, after: { color: input.color, reason },
      });
      return;
    }
    const a = await trx.selectFrom("assignments").selectAll().where("id", "=", input.assignmentId).where("tracked_task_id", "=", task.id).executeTakeFirst();
    if (!a) throw notFound(`assignment #${input.assignmentId} of tracked task #${task.id}`);
    await trx.updateTable("assignments").set(set).where("id", "=", a.id).execute();
    await writeAudit(trx, {
      at, userId: actor.userId, action: input.color === null ? "clear-override" : "override-light", entity: "assignment", entityId: a.id,
      before: { color: a.light_override, reason: a.override_reason }, after: { color: input.color, reason },
    });
  });
}
