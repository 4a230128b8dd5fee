import { describe, expect, it } from "vitest";
import { ClauseDates, findDateTerms } from "./date-terms.ts";

describe("ClauseDates", () => {
  it("sums up a clause read in place as its terms would", () => {
    const text = "，2021年9月起开展，到2022年至2023年底完成，";
    const dates = new ClauseDates();
    expect(dates.read(text, 1, 10, null)).toMatchObject({ count: 1, firstStart: "2021-09-01", closeEnd: null, spanStart: null, explicitYear: true, year: 2021 });
    const terms = findDateTerms(text.slice(11, 26), 2021);
    expect(terms.map((t) => t.role)).toEqual(["span"]);
    expect(dates.read(text, 11, 26, 2021)).toMatchObject({ count: 1, closeEnd: terms[0]?.end, spanStart: terms[0]?.start, year: 2023 });
  });

  it("keeps the carried year when the clause dates nothing", () => {
    expect(new ClauseDates().read("全面推进", 0, 4, 2022)).toMatchObject({ count: 0, closeEnd: null, year: 2022 });
  });
});
