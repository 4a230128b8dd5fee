import { describe, expect, it } from "vitest";
import { DEFAULT_CADENCE, periodOf, reportingDuties } from "./duties.ts";

describe("reportingDuties", () => {
  it("reports quarterly, due 10 days after each quarter", () => {
    const duties = reportingDuties({ start: "2021-04-01", end: "2021-12-31", cadence: DEFAULT_CADENCE });
    expect(duties).toEqual([
      { periodStart: "2021-04-01", periodEnd: "2021-06-30", due: "2021-07-10", label: "2021年第二季度" },
      { periodStart: "2021-07-01", periodEnd: "2021-09-30", due: "2021-10-10", label: "2021年第三季度" },
      { periodStart: "2021-10-01", periodEnd: "2021-12-31", due: "2022-01-10", label: "2021年第四季度" },
    ]);
  });

  it("covers whole calendar periods overlapping the span", () => {
    const duties = reportingDuties({ start: "2021-05-15", end: "2021-07-02", cadence: { every: "month", dueDays: 5 } });
    expect(duties.map((d) => [d.periodStart, d.periodEnd, d.due])).toEqual([
      ["2021-05-01", "2021-05-31", "2021-06-05"],
      ["2021-06-01", "2021-06-30", "2021-07-05"],
      ["2021-07-01", "2021-07-31", "2021-08-05"],
    ]);
  });

  it("knows half-years and years, and twelve quarters in 2021–2023", () => {
    expect(reportingDuties({ start: "2021-03-01", end: "2021-12-31", cadence: { every: "half-year", dueDays: 15 } }).map((d) => [d.label, d.due]))
      .toEqual([["2021年上半年", "2021-07-15"], ["2021年下半年", "2022-01-15"]]);
    expect(reportingDuties({ start: "2021-01-01", end: "2022-06-30", cadence: { every: "year", dueDays: 20 } }).map((d) => d.due))
      .toEqual(["2022-01-20", "2023-01-20"]);
    expect(reportingDuties({ start: "2021-01-01", end: "2023-12-31", cadence: DEFAULT_CADENCE })).toHaveLength(12);
  });

  it("is empty for an inverted span and rejects a bad cadence", () => {
    expect(reportingDuties({ start: "2021-05-01", end: "2021-04-01", cadence: DEFAULT_CADENCE })).toEqual([]);
    expect(() => reportingDuties({ start: "2021-01-01", end: "2021-12-31", cadence: { every: "quarter", dueDays: -1 } })).toThrow(/报送期限/u);
    expect(periodOf("2021-11-30", "quarter")).toEqual({ start: "2021-10-01", end: "2021-12-31", label: "2021年第四季度" });
  });
});
