/** Chinese names of the ledger's states, as the office says them. */
import type { AssignmentState } from "../../../store/track/index.ts";
import type { CompletionState, ReportState } from "../../../track/index.ts";

/** An assignment's state. */
export const ASSIGNMENT_STATES: Record<AssignmentState, string> = { pending: "未开始", "in-progress": "推进中", blocked: "受阻", proposed: "已申请办结", done: "已办结" };

/** A report's state. */
export const REPORT_STATES: Record<ReportState, string> = { draft: "草稿", submitted: "已报送待审核", returned: "已退回", accepted: "已采纳" };

/** A task's completion. */
export const COMPLETION_STATES: Record<CompletionState, string> = { none: "未申请办结", proposed: "已申请办结，待督查室审核", accepted: "已办结销号", returned: "办结申请已退回" };

/** A supervision action's kind. */
export const ACTION_KINDS = { reminder: "催办", order: "督办单" } as const;
