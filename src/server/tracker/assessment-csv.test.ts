import { describe, expect, it } from "vitest";
import { DEFAULT_RULE_TABLE, scoreUnits, type AssessmentFacts } from "../../track/index.ts";
import { csvCell } from "../feeds/index.ts";
import { assessmentCsv } from "./assessment-csv.ts";

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

describe("assessmentCsv", () => {
  it("writes Excel-ready CSV with a BOM, CRLF, quoting and no formulas", () => {
    const csv = assessmentCsv(scoreUnits(input, DEFAULT_RULE_TABLE, [], period));
    expect(csv.startsWith("\uFEFF排名,单位,基础分,加分,扣分,得分,明细,免于扣分\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[1]).toBe("1,\"'=HYPERLINK(\"\"x\"\")\",100,0,0,100,,");
    expect(lines[3]).toBe("2,区教育体育局,100,5,-15,90,季度进展报告缺报1次-10；进展报告迟报1次-5；任务按期办结1次+5,");
    expect(csvCell("-1+2")).toBe("'-1+2");
    expect(csvCell(-10)).toBe("-10");
    expect(csvCell("a,b")).toBe("\"a,b\"");
  });
});
