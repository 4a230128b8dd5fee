/**
 * Finding unit-bearing numbers (`98%`, `1.5万亩`, `三千米`) by hand: the regex
 * `([0-9]+(?:\.[0-9]+)?|[零〇两一二三四五六七八九十百千]+)\s*(UNITS)` not preceded by a digit or dot,
 * with the same matches, but without trying the pattern at every character or allocating a
 * match array per number.
 */
import { isSpace } from "../../model/spaces.ts";
import { UNITS } from "./lexicon.ts";

/** A unit-bearing number: where it starts, its digits as printed, its unit, its length with the unit. */
export interface NumberHit {
  at: number;
  digits: string;
  unit: string;
  length: number;
}

// Units by the char code they start with, each list in UNITS order (longest first), as the
// alternation tries them.
const UNITS_BY_FIRST = new Map<number, string[]>();
for (const unit of UNITS) {
  const code = unit.charCodeAt(0);
  const list = UNITS_BY_FIRST.get(code);
  if (list) list.push(unit);
  else UNITS_BY_FIRST.set(code, [unit]);
}

// What a character can start, by char code: a table read is far cheaper than a Set lookup on
// every character of a measure.
const UNIT_FIRST = new Uint8Array(0x10000);
for (const code of UNITS_BY_FIRST.keys()) UNIT_FIRST[code] = 1;
const ASCII_DIGIT = 1;
const CHINESE_DIGIT = 2;
const KIND = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) KIND[c] = ASCII_DIGIT;
for (const ch of "零〇两一二三四五六七八九十百千") KIND[ch.charCodeAt(0)] = CHINESE_DIGIT;

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The unit printed at `at` after optional spaces; null for none. */
function unitAfter(text: string, at: number): string | null {
  let s = at;
  let c = text.charCodeAt(s);
  while (isSpace(c)) c = text.charCodeAt(++s);
  // Most numerals (`一是`, `进一步`) are followed by no unit's first character at all.
  if (UNIT_FIRST[c] !== 1) return null;
  const units = UNITS_BY_FIRST.get(c);
  if (units === undefined) return null;
  for (const unit of units) if (text.startsWith(unit, s)) return unit;
  return null;
}

/** The end of the unit `unit` read after `at` (spaces skipped), for the match length. */
function unitEnd(text: string, at: number, unit: string): number {
  let s = at;
  while (isSpace(text.charCodeAt(s))) s++;
  return s + unit.length;
}

/**
 * The first unit-bearing number starting at or after `from` whose preceding character is no
 * digit or dot (`.`, `．`), as the regex with that lookbehind finds it; null when there is none.
 */
export function nextUnitNumber(text: string, from: number): NumberHit | null {
  let p = from;
  while (p < text.length) {
    const kind = KIND[text.charCodeAt(p)];
    if (kind === 0) {
      p++;
      continue;
    }
    let numberEnd = -1;
    let unit: string | null = null;
    let runEnd = p + 1;
    if (kind === ASCII_DIGIT) {
      let e = p + 1;
      while (e < text.length && isAsciiDigit(text.charCodeAt(e))) e++;
      runEnd = e;
      // A fraction is taken whole when a digit follows the dot; a unit never starts with a digit or
      // a dot, so no shorter reading can match where the longest does not.
      let end = e;
      if (text.charCodeAt(e) === 0x2e && isAsciiDigit(text.charCodeAt(e + 1))) {
        end = e + 2;
        while (end < text.length && isAsciiDigit(text.charCodeAt(end))) end++;
      }
      unit = unitAfter(text, end);
      if (unit !== null) numberEnd = end;
    } else {
      let e = p + 1;
      while (e < text.length && KIND[text.charCodeAt(e)] === CHINESE_DIGIT) e++;
      runEnd = e;
      // Greedy, then shorter: `三千米` reads as 三 + 千米 once 三千 finds no unit.
      for (let q = e; q > p && unit === null; q--) {
        unit = unitAfter(text, q);
        if (unit !== null) numberEnd = q;
      }
    }
    if (unit === null) {
      // Every later start inside the run ends where this one did, and fails the same way.
      p = runEnd;
      continue;
    }
    const before = p > 0 ? text.charCodeAt(p - 1) : 0;
    if (isAsciiDigit(before) || before === 0x2e || before === 0xff0e) {
      // As the lookbehind would: try again from the next character.
      p++;
      continue;
    }
    return { at: p, digits: text.slice(p, numberEnd), unit, length: unitEnd(text, numberEnd, unit) - p };
  }
  return null;
}
