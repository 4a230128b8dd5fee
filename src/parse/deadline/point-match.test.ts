import { describe, expect, it } from "vitest";
import { FIRST_HALF, WHOLE_YEAR, matchPointAt, mayStartPoint, type PointMatch } from "./point-match.ts";

const match = (text: string, p = 0): PointMatch | null => {
  const out: PointMatch = { index: 0, end: 0, year: -1, event: null, dotted: false, month: -1, day: -1, monthPart: null, yearPart: WHOLE_YEAR };
  return matchPointAt(text, p, out) ? { ...out } : null;
};

describe("matchPointAt", () => {
  it("reads a point's parts as numbers", () => {
    expect(match("2021年4月30日前")).toMatchObject({ index: 0, end: 10, year: 2021, month: 4, day: 30, dotted: false });
    expect(match("二〇二一年十二月底")).toMatchObject({ end: 9, year: 2021, month: 12, day: -1, monthPart: "底" });
    expect(match("2021.9.27")).toMatchObject({ end: 9, year: 2021, month: 9, day: 27, dotted: true });
    expect(match("2022年上半年")).toMatchObject({ end: 8, year: 2022, yearPart: FIRST_HALF });
    expect(match("第三 季度")).toMatchObject({ end: 5, year: -1, yearPart: 3 });
    expect(match("2021年国庆节")).toMatchObject({ end: 8, year: 2021, event: "国庆节" });
  });

  it("finds no point where none starts", () => {
    expect(match("完成")).toBeNull();
    expect(match("五年内", 1)).toBeNull();
    expect(mayStartPoint("完".charCodeAt(0))).toBe(false);
    expect(mayStartPoint("2".charCodeAt(0))).toBe(true);
  });
});
