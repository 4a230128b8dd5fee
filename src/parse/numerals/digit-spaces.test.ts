import { describe, expect, it } from "vitest";
import { foldDigitSpaces } from "./digit-spaces.ts";

describe("foldDigitSpaces", () => {
  it("closes up spaces next to digits", () => {
    expect(foldDigitSpaces("2021 年 7 月 底前")).toBe("2021年7月 底前");
    expect(foldDigitSpaces("名校长 3 名")).toBe("名校长3名");
    expect(foldDigitSpaces("达到 98 %以上")).toBe("达到98%以上");
  });
  it("keeps spaces between words and joins broken lines", () => {
    expect(foldDigitSpaces("传承基因 铸牢意识")).toBe("传承基因 铸牢意识");
    expect(foldDigitSpaces("完成\n 验收")).toBe("完成验收");
  });
});
