import { describe, expect, it } from "vitest";
import { parseDeadline } from "./parse-deadline.ts";

const pick = (text: string, year?: number) => {
  const d = parseDeadline(text, year === undefined ? {} : { year });
  return { kind: d.kind, start: d.start, end: d.end, annual: d.annual };
};

describe("parseDeadline: by", () => {
  it.each([
    ["2022年6月30日前", "2022-06-30"],
    ["2021年第三季度", "2021-09-30"],
    ["2021年三季度完成", "2021-09-30"],
    ["2021年底前", "2021-12-31"],
    ["2021年上半年", "2021-06-30"],
    ["2021年下半年完成", "2021-12-31"],
    ["二〇二一年九月底前", "2021-09-30"],
    ["2021年2月底前", "2021-02-28"],
    ["2024年2月底前", "2024-02-29"],
    ["2021年6月中旬", "2021-06-20"],
    ["2021年12月份完成", "2021-12-31"],
    ["2022年之前", "2022-12-31"],
    ["2021 年 7 月 底前完成", "2021-07-31"],
    ["2021年国庆节前", "2021-10-01"],
    ["２０２１年５月２０日前", "2021-05-20"],
  ])("%s → %s", (text, end) => {
    expect(pick(text)).toEqual({ kind: "by", start: null, end, annual: false });
  });

  it("takes the year of undated months from the context", () => {
    expect(pick("6月底前", 2021)).toEqual({ kind: "by", start: null, end: "2021-06-30", annual: false });
    expect(pick("年底前完成", 2022)).toEqual({ kind: "by", start: null, end: "2022-12-31", annual: false });
  });

  it("cannot date a month without any year", () => {
    expect(pick("6月底前")).toEqual({ kind: "unknown", start: null, end: null, annual: false });
  });
});

describe("parseDeadline: range, ongoing, unknown", () => {
  it("reads spans", () => {
    expect(pick("2021年至2025年")).toEqual({ kind: "range", start: "2021-01-01", end: "2025-12-31", annual: false });
    expect(pick("2021年3月至6月")).toEqual({ kind: "range", start: "2021-03-01", end: "2021-06-30", annual: false });
    expect(pick("2021年—2022年按年度计划实施")).toEqual({ kind: "range", start: "2021-01-01", end: "2022-12-31", annual: true });
  });

  it("keeps an open start as a range without an end", () => {
    expect(pick("2021年9月起全面实施")).toEqual({ kind: "range", start: "2021-09-01", end: null, annual: false });
  });

  it("reads recurring work as ongoing", () => {
    expect(pick("每季度")).toEqual({ kind: "ongoing", start: null, end: null, annual: false });
    expect(pick("每年12月底前完成考核")).toEqual({ kind: "ongoing", start: null, end: null, annual: true });
    expect(pick("长期坚持。")).toEqual({ kind: "ongoing", start: null, end: null, annual: false });
  });

  it("falls back to unknown without a date", () => {
    expect(pick("根据上级要求推进")).toEqual({ kind: "unknown", start: null, end: null, annual: false });
  });
});

describe("parseDeadline: milestones and text", () => {
  it("lists distinct dated steps in printed order, ending on the latest", () => {
    const d = parseDeadline("2021年6月底前完成摸底；9月底前完成整改，2021年12月底前验收。");
    expect(d.text).toBe("2021年6月底前完成摸底；9月底前完成整改，2021年12月底前验收");
    expect(d.end).toBe("2021-12-31");
    expect(d.milestones).toEqual([
      { end: "2021-06-30", text: "2021年6月底前完成摸底" },
      { end: "2021-09-30", text: "9月底前完成整改" },
      { end: "2021-12-31", text: "2021年12月底前验收" },
    ]);
  });

  it("gives no milestones when every step ends on the same day", () => {
    expect(parseDeadline("2021年3月份制定方案，3月份启动实施").milestones).toEqual([]);
  });

  it("ties a Teachers' Day deadline to 10 September", () => {
    expect(parseDeadline("在2022年教师节前表彰").end).toBe("2022-09-10");
  });
});

describe("parseDeadline: misprints", () => {
  it("reads a day past the month's end as the month's last day", () => {
    expect(parseDeadline("2021年4月31日前").end).toBe("2021-04-30");
  });
});
