/** The hand-written number scan against the regex it replaces, on edge cases and every fixture text. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { UNITS } from "./lexicon.ts";
import { nextUnitNumber, readNumberAt, type NumberHit, type NumberSlot } from "./number-scan.ts";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const NUMBER = new RegExp(String.raw`(?<![0-9.．])([0-9]+(?:\.[0-9]+)?|[零〇两一二三四五六七八九十百千]+)\s*(${UNITS.map(escape).join("|")})`, "gu");

function byRegex(text: string): NumberHit[] {
  return [...text.matchAll(NUMBER)].map((m) => ({ at: m.index, digits: m[1] ?? "", unit: m[2] ?? "", length: m[0].length }));
}

function byScan(text: string): NumberHit[] {
  const out: NumberHit[] = [];
  for (let m = nextUnitNumber(text, 0); m !== null; m = nextUnitNumber(text, m.at + m.length)) out.push(m);
  return out;
}

const fixtures = JSON.parse(readFileSync(new URL("./fixtures.json", import.meta.url), "utf8")) as { text: string }[];

describe("nextUnitNumber", () => {
  it.each([
    "达到98%以上", "1.5万亩", "三千米", "五千个", "3三四个", "x.12.5个", "1.5.3个", "12.个", "2021年建成 3 个",
    "第一批", "一是进一步", "4 ％", "１２个", "1.52万元", "百分之", "新增2000人次和300人", "．5个", "",
  ])("finds what the regex finds in %s", (text) => {
    expect(byScan(text)).toEqual(byRegex(text));
  });

  it("finds what the regex finds in every fixture measure", () => {
    for (const { text } of fixtures) expect(byScan(text)).toEqual(byRegex(text));
  });
});

describe("readNumberAt", () => {
  const slot: NumberSlot = { found: false, numberEnd: 0, unitAt: 0, unit: 0, end: 0 };

  it("reads a number, its unit after spaces, and goes on past the unit", () => {
    expect(readNumberAt("建成 3.5 万亩", 3, slot)).toBe(9);
    expect(slot).toEqual({ found: true, numberEnd: 6, unitAt: 7, unit: UNITS.indexOf("万亩"), end: 9 });
  });

  it("skips the rest of a numeral run that finds no unit", () => {
    expect(readNumberAt("一是进一步", 0, slot)).toBe(1);
    expect(slot.found).toBe(false);
    expect(readNumberAt("2021年", 0, slot)).toBe(4);
    expect(slot.found).toBe(false);
  });

  it("retries from the next character after a digit or a dot", () => {
    expect(readNumberAt("x.12个", 2, slot)).toBe(3);
    expect(slot.found).toBe(false);
  });
});
