import { describe, expect, it } from "vitest";
import { chineseIntIn, foldDigits, parseChineseInt } from "./chinese-int.ts";

describe("parseChineseInt", () => {
  it.each([
    ["十三", 13], ["一百二十", 120], ["二〇二一", 2021], ["二○二一", 2021], ["二零二一", 2021],
    ["两", 2], ["十", 10], ["二十一", 21], ["三十二", 32], ["一", 1], ["九十九", 99],
    ["三千零五", 3005], ["一万二千", 12000], ["3700", 3700], ["２０２１", 2021], [" 12 ", 12],
    ["万", 10000], ["亿", 100000000], ["百", 100], ["〇", 0], ["５", 5], ["7", 7],
  ])("%s → %d", (s, n) => {
    expect(parseChineseInt(s)).toBe(n);
  });

  it.each(["", "年", "十a", "abc", "1.5"])("rejects %j", (s) => {
    expect(parseChineseInt(s)).toBeNull();
  });
});

describe("foldDigits", () => {
  it("folds full-width digits only", () => {
    expect(foldDigits("２０２１年４月")).toBe("2021年4月");
  });
});

describe("chineseIntIn", () => {
  it.each(["三", "十", "两千", "一百二十", "二〇二一", "三千零五", "十三", "两两", "零", "百", "三四十", "一万二千", "1２", "五五五五五五五五五五五五五五五五", "2021", "007", "1二", "12 ", "1234567890123456"])(
    "reads %s in place as parseChineseInt reads it",
    (s) => {
      const text = `第${s}个`;
      expect(chineseIntIn(text, 1, 1 + s.length)).toBe(parseChineseInt(s));
    },
  );
});
