import { describe, expect, it } from "vitest";
import { DEFAULT_RULE_TABLE, scoreUnits, type AssessmentFacts } from "./assessment.ts";

const period = { start: "2021-04-01", end: "2021-06-30", label: "2021年第二季度" };
const input: AssessmentFacts = {
  units: [{ orgId: 1, name: "区教育体育局" }, { orgId: 2, name: "区财政局" }, { orgId: 3, name: "区民政局" }, { orgId: 4, name: "=HYPERLINK(\"x\")" }],
  facts: [
    { orgId: 1, kind: "report-missing", ref: "duty:1", date: "2021-04-10", detail: "2021年第一季度进展报告" },
    { orgId: 1, kind: "report-late", ref: "duty:2", date: "2021-05-12", detail: "迟报" },
    { orgId: 1, kind: "completed-on-time", ref: "task:9", date: "2021-06-01", detail: "按期办结" },
    { orgId: 2, kind: "report-missing", ref: "duty:3", date: "2021-04-10", detail: "2021年第一季度进展报告" },
    { orgId: 3, kind: "report-missing", ref: "duty:4", date: "2021-04-10", detail: "2021年第一季度进展报告" },
    { orgId: 3, kind: "task-overdue", ref: "task:5", date: "2021-07-02", detail: "outside the period" },
  ],
};

describe("scoreUnits", () => {
  it("scores by the rule table and ranks, ties sharing a rank", () => {
    const rows = scoreUnits(input, DEFAULT_RULE_TABLE, [], period);
    expect(rows.map((r) => [r.rank, r.unit, r.total])).toEqual([
      [1, "=HYPERLINK(\"x\")", 100],
      [2, "区财政局", 90],
      [2, "区教育体育局", 90],
      [2, "区民政局", 90],
    ]);
    // Ties list in pinyin order (财 cai < 教 jiao < 民 min), as a Chinese reader expects.
    expect(rows[2]?.items).toEqual([
      { kind: "report-missing", label: "季度进展报告缺报", count: 1, points: -10 },
      { kind: "report-late", label: "进展报告迟报", count: 1, points: -5 },
      { kind: "completed-on-time", label: "任务按期办结", count: 1, points: 5 },
    ]);
  });

  it("drops exempted facts and needs a reason for them", () => {
    const rows = scoreUnits(input, DEFAULT_RULE_TABLE, [{ orgId: 2, ref: "duty:3", reason: "机构改革期间暂缓报送" }], period);
    expect(rows.find((r) => r.orgId === 2)).toMatchObject({ total: 100, rank: 1, exempted: [{ ref: "duty:3", reason: "机构改革期间暂缓报送" }] });
    expect(() => scoreUnits(input, DEFAULT_RULE_TABLE, [{ orgId: 2, ref: "duty:3", reason: " " }], period)).toThrow(/理由/u);
  });
});
