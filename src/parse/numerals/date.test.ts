import { describe, expect, it } from "vitest";
import { isoDate, isValidDate, lastDayOfMonth, parseDateLiteral } from "./date.ts";

describe("calendar helpers", () => {
  it("formats ISO dates with padding", () => {
    expect(isoDate(2021, 4, 1)).toBe("2021-04-01");
  });
  it("knows month lengths and leap years", () => {
    expect(lastDayOfMonth(2021, 2)).toBe(28);
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(1900, 2)).toBe(28);
    expect(lastDayOfMonth(2000, 2)).toBe(29);
    expect(lastDayOfMonth(2021, 4)).toBe(30);
    expect(lastDayOfMonth(2021, 12)).toBe(31);
  });
  it("validates days", () => {
    expect(isValidDate(2021, 4, 31)).toBe(false);
    expect(isValidDate(2021, 4, 30)).toBe(true);
    expect(isValidDate(2021, 13, 1)).toBe(false);
    expect(isValidDate(2021, 1, 0)).toBe(false);
  });
});

describe("parseDateLiteral", () => {
  it.each([
    ["2021年4月1日", "2021-04-01", "2021年4月1日"],
    ["于 2021 年 04 月 02 日 印发", "2021-04-02", "2021 年 04 月 02 日"],
    ["二〇二一年四月一日", "2021-04-01", "二〇二一年四月一日"],
    ["二〇二一年四月二十一日", "2021-04-21", "二〇二一年四月二十一日"],
    ["2021.09.27", "2021-09-27", "2021.09.27"],
    ["2021-4-1", "2021-04-01", "2021-4-1"],
  ])("%s", (text, iso, printed) => {
    expect(parseDateLiteral(text)).toMatchObject({ iso, text: printed });
  });

  it("keeps impossible days with a null iso", () => {
    expect(parseDateLiteral("2021 年 4 月 31 日")).toEqual({ year: 2021, month: 4, day: 31, iso: null, text: "2021 年 4 月 31 日" });
  });

  it("returns null without a full date", () => {
    expect(parseDateLiteral("2021年4月底前")).toBeNull();
    expect(parseDateLiteral("建成8所")).toBeNull();
  });
});
