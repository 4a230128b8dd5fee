import { describe, expect, it } from "vitest";
import { FIXTURE_FACTS, FIXTURE_PERIOD } from "../../track/assessment-fixture.ts";
import { DEFAULT_RULE_TABLE, scoreUnits } from "../../track/index.ts";
import { csvCell } from "../feeds/index.ts";
import { assessmentCsv } from "./assessment-csv.ts";

const period = FIXTURE_PERIOD;
const input = FIXTURE_FACTS;

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
