/** The character-level helpers that replaced regexes: the same results as the patterns they stand for. */
import { describe, expect, it } from "vitest";
import { dropClosingPunctuation, toFullWidthPunctuation } from "./normalize.ts";
import { isOrderTitle } from "./patterns.ts";

describe("dropClosingPunctuation", () => {
  it.each(["加强组织领导。", "加强组织领导；：, ", "加强组织领导", "", "。；", "一、加强，领导 。\u3000", "a.b."])("matches the pattern on %j", (text) => {
    expect(dropClosingPunctuation(text)).toBe(text.replace(/[。；：，、.;:,\s]+$/u, ""));
  });
});

describe("toFullWidthPunctuation", () => {
  it("turns half-width marks full-width and leaves other text as it is", () => {
    expect(toFullWidthPunctuation("方案(2021-2023年):试行;")).toBe("方案（2021-2023年）：试行；");
    const plain = "关于印发实施方案的通知";
    expect(toFullWidthPunctuation(plain)).toBe(plain);
  });
});

describe("isOrderTitle", () => {
  it.each([
    ["大武口区人民政府令", true], ["大武口区人民政府令 ", true], ["大武口区人民政府 令", true],
    ["关于执行命令", false], ["令", false], ["区令", false], ["关于印发方案的通知", false], ["", false],
  ])("%j → %s", (title, expected) => {
    expect(isOrderTitle(title)).toBe(expected);
  });
});
