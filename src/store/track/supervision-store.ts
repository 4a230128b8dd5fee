/**
 * Reminders (催办) and supervision orders (督办单) sent to a unit, each with a date by which the
 * unit must answer, and the unit's answer. An answer is given once; a new question is a new action.
 */
import type { Kysely } from "kysely";
import { GongbaoError } from "../../model/errors.ts";
import { clockOf } from "../../track/dates.ts";
import { requireSupervisor, requireUnit, type Actor } from "../../track/roles.ts";
import type { Database } from "../schema.ts";
import { guard, notFound } from "../errors.ts";
import { changed, mutation, writeAudit } from "./audit.ts";

/** A stored reminder or order. */
export interface SupervisionAction {
  id: number;
  kind: "reminder" | "order";
  orgId: number;
  trackedTaskId: number | null;
  message: string;
  responseDue: string | null;
  createdBy: number;
  createdAt: string;
  response: string | null;
  respondedAt: string | null;
}

type Row = { id: number; kind: "reminder" | "order"; org_id: number; tracked_task_id: number | null; message: string; response_due: string | null; created_by: number; created_at: string; response: string | null; responded_at: string | null };

function present(r: Row): SupervisionAction {
  return {
    id: r.id, kind: r.kind, orgId: r.org_id, trackedTaskId: r.tracked_task_id, message: r.message, responseDue: r.response_due,
    createdBy: r.created_by, createdAt: r.created_at, response: r.response, respondedAt: r.responded_at,
  };
}

/** A supervisor sends a reminder or an order to a unit, optionally about one task. */
export async function addSupervisionAction(
  db: Kysely<Database>, actor: Actor,
  input: { kind: "reminder" | "order"; orgId: number; trackedTaskId?: number | null | undefined; message: string; responseDue?: string | null | undefined; now: Date | string },
): Promise<SupervisionAction> {
  requireSupervisor(actor);
  const { at, today } = clockOf(input.now);
  const message = input.message.trim();
  if (input.kind !== "reminder" && input.kind !== "order") throw new GongbaoError("bad-request", "未知的督办类型", { field: "kind" });
  if (!message) throw new GongbaoError("bad-request", "督办内容不能为空", { field: "message" });
  const due = input.responseDue ?? null;
  if (due !== null && clockOf(due).today < today) throw new GongbaoError("bad-request", "答复期限不能早于今天", { field: "responseDue" });
  if (input.kind === "order" && due === null) throw new GongbaoError("bad-request", "督办单须规定答复期限", { field: "responseDue" });
  return mutation(db, "sending a supervision action", async (trx) => {
    const org = await trx.selectFrom("orgs").select("id").where("id", "=", input.orgId).executeTakeFirst();
    if (!org) throw notFound(`organisation #${input.orgId}`);
    if (input.trackedTaskId != null) {
      const a = await trx.selectFrom("assignments").select("id").where("tracked_task_id", "=", input.trackedTaskId).where("org_id", "=", input.orgId)
        .where("removed_on", "is", null).executeTakeFirst();
      if (!a) throw new GongbaoError("bad-request", "该单位不承担此项任务", { field: "orgId" });
    }
    const row = await trx.insertInto("supervision_actions").values({
      kind: input.kind, org_id: input.orgId, tracked_task_id: input.trackedTaskId ?? null, message, response_due: due,
      created_by: actor.userId, created_at: at, response: null, responded_by: null, responded_at: null,
    }).returningAll().executeTakeFirstOrThrow();
    const action = present(row);
    await writeAudit(trx, { at, userId: actor.userId, action: `send-${input.kind}`, entity: "supervision_action", entityId: row.id, after: action });
    return action;
  });
}

/** The unit addressed answers an action, once. */
export async function respondToAction(db: Kysely<Database>, actor: Actor, input: { actionId: number; response: string; now: Date | string }): Promise<SupervisionAction> {
  const { at } = clockOf(input.now);
  const response = input.response.trim();
  if (!response) throw new GongbaoError("bad-request", "答复内容不能为空", { field: "response" });
  return mutation(db, `answering supervision action #${input.actionId}`, async (trx) => {
    const row = await trx.selectFrom("supervision_actions").selectAll().where("id", "=", input.actionId).executeTakeFirst();
    if (!row) throw notFound(`supervision action #${input.actionId}`);
    requireUnit(actor, row.org_id);
    const result = await trx.updateTable("supervision_actions").set({ response, responded_by: actor.userId, responded_at: at })
      .where("id", "=", row.id).where("response", "is", null).executeTakeFirst();
    if (!changed(result)) throw new GongbaoError("conflict", "该督办事项已答复");
    const after = present({ ...row, response, responded_at: at });
    await writeAudit(trx, { at, userId: actor.userId, action: "respond", entity: "supervision_action", entityId: row.id, before: present(row), after });
    return after;
  });
}

/** Actions, newest first, optionally for one unit, one task or only those still unanswered. */
export async function listSupervisionActions(
  db: Kysely<Database>, filter: { orgId?: number | undefined; trackedTaskId?: number | undefined; open?: boolean | undefined } = {},
): Promise<SupervisionAction[]> {
  return guard("listing supervision actions", async () => {
    let q = db.selectFrom("supervision_actions").selectAll();
    if (filter.orgId !== undefined) q = q.where("org_id", "=", filter.orgId);
    if (filter.trackedTaskId !== undefined) q = q.where("tracked_task_id", "=", filter.trackedTaskId);
    if (filter.open) q = q.where("response", "is", null);
    return (await q.orderBy("id", "desc").execute()).map(present);
  });
}
