import { describe, expect, it } from "vitest";
import { CharSet, codeAt, codeOf, doubled } from "./char-set.ts";

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

describe("codeOf", () => {
  it("is the code unit of the character", () => {
    expect(codeOf("第")).toBe(0x7b2c);
    expect(codeOf("0")).toBe(0x30);
  });
});

describe("doubled", () => {
  it("keeps the array's kind and values in twice the length", () => {
    const ints = doubled(Int32Array.of(-1, 7));
    expect(ints).toBeInstanceOf(Int32Array);
    expect([...ints]).toEqual([-1, 7, 0, 0]);
    const reals = doubled(Float64Array.of(2.5));
    expect(reals).toBeInstanceOf(Float64Array);
    expect([...reals]).toEqual([2.5, 0]);
    expect(doubled(Uint8Array.of(255))).toEqual(Uint8Array.of(255, 0));
  });
});

