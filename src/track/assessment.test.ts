import { describe, expect, it } from "vitest";
import { FIXTURE_FACTS, FIXTURE_PERIOD } from "./assessment-fixture.ts";
import { DEFAULT_RULE_TABLE, scoreUnits } from "./assessment.ts";

const period = FIXTURE_PERIOD;
const input = FIXTURE_FACTS;

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
