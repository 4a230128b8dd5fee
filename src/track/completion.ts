/**
 * Verified completion (办结销号): a unit proposes that the task is done, a supervisor checks and
 * accepts it (销号) or returns it with a comment, after which the unit may propose again.
 */
import { GongbaoError } from "../model/errors.ts";

/** Where a task's completion stands. */
export type CompletionState = "none" | "proposed" | "accepted" | "returned";

/** What can happen to a task's completion. */
export type CompletionAction = "propose" | "accept" | "return";

const NEXT: Record<CompletionState, Partial<Record<CompletionAction, CompletionState>>> = {
  none: { propose: "proposed" },
  returned: { propose: "proposed" },
  proposed: { accept: "accepted", return: "returned" },
  accepted: {},
};

const ACTION_NAMES: Record<CompletionAction, string> = { propose: "申请办结", accept: "销号", return: "退回" };
const STATE_NAMES: Record<CompletionState, string> = { none: "未申请办结", proposed: "已申请办结", accepted: "已销号", returned: "办结申请已退回" };

/** The state after an action; `conflict` when not allowed, `bad-request` for a return without comment. */
export function nextCompletionState(state: CompletionState, action: CompletionAction, comment?: string): CompletionState {
  const next = NEXT[state][action];
  if (!next) throw new GongbaoError("conflict", `任务${STATE_NAMES[state]}，不能${ACTION_NAMES[action]}`);
  if (action === "return" && !comment?.trim()) throw new GongbaoError("bad-request", "退回办结申请须填写意见", { field: "comment" });
  return next;
}
