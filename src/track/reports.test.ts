import { describe, expect, it } from "vitest";
import { GongbaoError } from "../model/errors.ts";
import { editTarget, nextReportState, prefill, validateReport, type ReportContent } from "./reports.ts";
import { nextCompletionState } from "./completion.ts";

const content: ReportContent = {
  workDone: "已完成4所幼儿园移交", problems: "资金缺口", nextSteps: "组建幼教集团", status: "推进中",
  readings: [{ targetIndex: 0, value: 4, date: "2021-06-30" }], evidenceUrl: "https://www.dwk.gov.cn/a.html",
};

function code(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof GongbaoError ? error.code : "other";
  }
  return undefined;
}

describe("report life cycle", () => {
  it("goes draft → submitted → returned → submitted → accepted", () => {
    let state = nextReportState("draft", "submit");
    expect(state).toBe("submitted");
    state = nextReportState(state, "return", "请补充佐证材料");
    expect(state).toBe("returned");
    state = nextReportState(state, "submit");
    expect(nextReportState(state, "accept")).toBe("accepted");
  });

  it("refuses what the cycle does not allow", () => {
    expect(code(() => nextReportState("draft", "accept"))).toBe("conflict");
    expect(code(() => nextReportState("accepted", "submit"))).toBe("conflict");
    expect(code(() => nextReportState("submitted", "return", "  "))).toBe("bad-request");
  });

  it("keeps accepted reports and versions edits", () => {
    expect(editTarget(null)).toEqual({ version: 1, createNew: true });
    expect(editTarget({ version: 1, state: "draft" })).toEqual({ version: 1, createNew: false });
    expect(editTarget({ version: 2, state: "returned" })).toEqual({ version: 2, createNew: false });
    expect(editTarget({ version: 2, state: "accepted" })).toEqual({ version: 3, createNew: true });
    expect(code(() => editTarget({ version: 1, state: "submitted" }))).toBe("conflict");
  });

  it("pre-fills from the previous report", () => {
    expect(prefill(content)).toEqual({ ...content, workDone: "组建幼教集团", readings: [] });
    expect(prefill(null)).toEqual({ workDone: "", problems: "", nextSteps: "", status: "未开始", readings: [], evidenceUrl: null });
  });

  it("validates status, links and readings", () => {
    expect(validateReport({ ...content, workDone: "  已完成  " }).workDone).toBe("已完成");
    expect(code(() => validateReport({ ...content, status: "完成" }))).toBe("bad-request");
    expect(code(() => validateReport({ ...content, evidenceUrl: "javascript:alert(1)" }))).toBe("bad-request");
    expect(code(() => validateReport({ ...content, readings: [{ targetIndex: -1, value: 1, date: "2021-06-30" }] }))).toBe("bad-request");
    expect(code(() => validateReport({ ...content, readings: [{ targetIndex: 0, value: 1, date: "2021-06-31" }] }))).toBe("bad-request");
    try {
      validateReport({ ...content, evidenceUrl: "ftp://x" });
    } catch (error) {
      expect((error as GongbaoError).location.field).toBe("evidenceUrl");
    }
  });
});

describe("completion", () => {
  it("proposes, returns with a comment, proposes again and is accepted", () => {
    let state = nextCompletionState("none", "propose");
    state = nextCompletionState(state, "return", "佐证不足");
    expect(state).toBe("returned");
    state = nextCompletionState(state, "propose");
    expect(nextCompletionState(state, "accept")).toBe("accepted");
    expect(code(() => nextCompletionState("accepted", "propose"))).toBe("conflict");
    expect(code(() => nextCompletionState("none", "accept"))).toBe("conflict");
    expect(code(() => nextCompletionState("proposed", "return"))).toBe("bad-request");
  });
});
