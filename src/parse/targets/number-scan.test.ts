/** The hand-written number scan against the regex it replaces, on edge cases and every fixture text. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { UNITS } from "./lexicon.ts";
import { nextUnitNumber, type NumberHit } from "./number-scan.ts";

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
