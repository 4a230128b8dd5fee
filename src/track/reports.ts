/**
 * Progress reports (进展报告): their content schema, their life cycle
 * (draft → submitted → accepted | returned → submitted …) and the version rule: an accepted
 * report is a record and never changes; editing it starts version n+1 as a new draft.
 */
import { z } from "zod";
import { GongbaoError } from "../model/errors.ts";
import { IsoDate } from "../model/issue.ts";
import { isIsoDate } from "./dates.ts";

/** The progress a unit reports, as printed on the form. */
export const REPORT_STATUSES = ["未开始", "推进中", "已完成", "受阻"] as const;
/** Schema of a report's status. */
export const ReportStatus = z.enum(REPORT_STATUSES);
/** A report's status. */
export type ReportStatus = z.infer<typeof ReportStatus>;

/** One reading of a task's numeric target (by its index in the task's `targets`). */
export const TargetReading = z.object({
  targetIndex: z.number().int().nonnegative(),
  value: z.number().finite(),
  date: IsoDate.refine(isIsoDate, "不是有效日期"),
});
/** A target reading. */
export type TargetReading = z.infer<typeof TargetReading>;

const LONG_TEXT = 10_000;
const text = z.string().trim().max(LONG_TEXT, `不能超过 ${LONG_TEXT} 字`);

/** What a report says; only http(s) evidence links, so a link is never `javascript:`. */
export const ReportContent = z.object({
  workDone: text,
  problems: text,
  nextSteps: text,
  status: ReportStatus,
  readings: z.array(TargetReading).max(100),
  evidenceUrl: z.url({ protocol: /^https?$/u, error: "佐证材料须为 http(s) 链接" }).max(2000).nullable(),
});
/** A report's content. */
export type ReportContent = z.infer<typeof ReportContent>;

/** Where a report is in its life cycle. */
export type ReportState = "draft" | "submitted" | "returned" | "accepted";

/** What can happen to a report. */
export type ReportAction = "submit" | "accept" | "return";

/** Validates report content from a form or API, naming the first bad field. */
export function validateReport(input: unknown): ReportContent {
  const result = ReportContent.safeParse(input);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const field = first ? first.path.join(".") : undefined;
  throw new GongbaoError("bad-request", `进展报告填写有误${field ? `（${field}）` : ""}：${first?.message ?? "格式不正确"}`, { field });
}

const NEXT: Record<ReportState, Partial<Record<ReportAction, ReportState>>> = {
  draft: { submit: "submitted" },
  returned: { submit: "submitted" },
  submitted: { accept: "accepted", return: "returned" },
  accepted: {},
};

const STATE_NAMES: Record<ReportState, string> = { draft: "草稿", submitted: "已报送", returned: "已退回", accepted: "已采纳" };

/** The state after an action; a `conflict` when the action is not allowed from `state`. */
export function nextReportState(state: ReportState, action: ReportAction, comment?: string): ReportState {
  const next = NEXT[state][action];
  if (!next) throw new GongbaoError("conflict", `${STATE_NAMES[state]}的报告不能${{ submit: "报送", accept: "采纳", return: "退回" }[action]}`);
  if (action === "return" && !comment?.trim()) throw new GongbaoError("bad-request", "退回报告须填写意见", { field: "comment" });
  return next;
}

/**
 * Where an edit goes: a draft or returned report is rewritten in place as a draft; an accepted
 * one is kept and the edit becomes version n+1; a submitted one awaits review and is locked.
 */
export function editTarget(current: { version: number; state: ReportState } | null): { version: number; createNew: boolean } {
  if (current === null) return { version: 1, createNew: true };
  switch (current.state) {
    case "draft":
    case "returned":
      return { version: current.version, createNew: false };
    case "accepted":
      return { version: current.version + 1, createNew: true };
    case "submitted":
      throw new GongbaoError("conflict", "报告已报送待审核，不能修改");
  }
}

/** A blank report. */
export function emptyReport(): ReportContent {
  return { workDone: "", problems: "", nextSteps: "", status: "未开始", readings: [], evidenceUrl: null };
}

/**
 * A new report pre-filled from the previous one: status, problems, plans and evidence carry
 * over; what was planned as next steps becomes the starting text of the work done, and the
 * target readings are left for the new period (old readings stay in the old report).
 */
export function prefill(previous: ReportContent | null): ReportContent {
  if (previous === null) return emptyReport();
  return { ...previous, workDone: previous.nextSteps, readings: [] };
}
