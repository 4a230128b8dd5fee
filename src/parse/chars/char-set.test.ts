import { describe, expect, it } from "vitest";
import { CharSet, codeAt } from "./char-set.ts";

describe("CharSet", () => {
  it("holds exactly the code units added", () => {
    const set = new CharSet("年月0，").add(0xffff);
    for (const c of "年月0，") expect(set.has(c.charCodeAt(0))).toBe(true);
    expect(set.has(0xffff)).toBe(true);
    for (const c of "日1,。 ") expect(set.has(c.charCodeAt(0))).toBe(false);
    expect(set.has(0)).toBe(false);
    expect(set.has("x".charCodeAt(5))).toBe(false);
  });
});

describe("codeAt", () => {
  it("reads a char code inside the text and 0 outside it", () => {
    expect(codeAt("年月", 1)).toBe("月".charCodeAt(0));
    expect(codeAt("年月", 2)).toBe(0);
    expect(codeAt("年月", -1)).toBe(0);
  });
});
