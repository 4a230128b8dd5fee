import { describe, expect, it } from "vitest";
import type { Deadline } from "../model/issue.ts";
import { milestonesFor } from "./milestones.ts";
import { addDays, clockOf, daysBetween, shanghaiDate } from "./dates.ts";

const base: Deadline = { text: "", kind: "by", start: null, end: null, annual: false, milestones: [] };

describe("milestonesFor", () => {
  it("gives a `by` deadline its end", () => {
    expect(milestonesFor({ ...base, text: "2021年4月底前", end: "2021-04-30" })).toEqual([{ due: "2021-04-30", label: "2021年4月底前" }]);
  });

  it("gives an annual range each year's end", () => {
    const d: Deadline = { ...base, text: "2021年至2023年按年度计划开展工作", kind: "range", start: "2021-01-01", end: "2023-12-31", annual: true };
    expect(milestonesFor(d).map((m) => m.due)).toEqual(["2021-12-31", "2022-12-31", "2023-12-31"]);
    expect(milestonesFor(d)[0]?.label).toBe("2021年度任务（2021年至2023年按年度计划开展工作）");
  });

  it("ends an annual range that stops mid-year on its own end", () => {
    const d: Deadline = { ...base, text: "x", kind: "range", start: "2021-09-01", end: "2023-09-30", annual: true };
    expect(milestonesFor(d).map((m) => m.due)).toEqual(["2021-12-31", "2022-12-31", "2023-09-30"]);
  });

  it("gives a plain range only its end", () => {
    expect(milestonesFor({ ...base, kind: "range", start: "2021-01-01", end: "2023-12-31" }).map((m) => m.due)).toEqual(["2023-12-31"]);
  });

  it("gives every step of a milestones deadline, in date order", () => {
    const d: Deadline = {
      ...base, kind: "by", end: "2021-08-31",
      milestones: [{ end: "2021-08-31", text: "8月份实行寄宿制" }, { end: "2021-04-30", text: "4月份有条件的学校实施晚自习制度" }],
    };
    expect(milestonesFor(d)).toEqual([{ due: "2021-04-30", label: "4月份有条件的学校实施晚自习制度" }, { due: "2021-08-31", label: "8月份实行寄宿制" }]);
  });

  it("gives nothing to ongoing, unknown, open-ended or missing deadlines", () => {
    expect(milestonesFor(null)).toEqual([]);
    expect(milestonesFor({ ...base, kind: "ongoing", text: "长期坚持" })).toEqual([]);
    expect(milestonesFor({ ...base, kind: "unknown" })).toEqual([]);
    expect(milestonesFor({ ...base, kind: "range", start: "2021-05-01" })).toEqual([]);
  });
});

describe("dates", () => {
  it("counts days and reads the China date of an instant", () => {
    expect(daysBetween("2021-04-30", "2021-05-03")).toBe(3);
    expect(addDays("2021-06-30", 10)).toBe("2021-07-10");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(shanghaiDate(new Date("2021-04-30T16:30:00Z"))).toBe("2021-05-01");
    expect(clockOf("2021-04-20")).toEqual({ at: "2021-04-19T16:00:00.000Z", today: "2021-04-20" });
    expect(() => daysBetween("2021-04-31", "2021-05-01")).toThrow(/不是有效日期/u);
  });
});
