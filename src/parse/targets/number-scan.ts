/**
 * Finding unit-bearing numbers (`98%`, `1.5万亩`, `三千米`) by hand: the regex
 * `([0-9]+(?:\.[0-9]+)?|[零〇两一二三四五六七八九十百千]+)\s*(UNITS)` not preceded by a digit or dot,
 * with the same matches, but without trying the pattern at every character or allocating a
 * match array per number.
 */
import { isSpace } from "../../model/spaces.ts";
import { CharSet, codeAt } from "../chars/char-set.ts";
import { UNITS } from "./lexicon.ts";

/** A unit-bearing number: where it starts, its digits as printed, its unit, its length with the unit. */
export interface NumberHit {
  at: number;
  digits: string;
  unit: string;
  length: number;
}

/**
 * What one `readNumberAt` found, overwritten by the next reading so that a scan allocates
 * nothing per number: where its digits end, where its unit starts (after spaces), the unit's
 * index in UNITS and where the unit ends. Meaningful only when `found` is set.
 */
export interface NumberSlot {
  found: boolean;
  numberEnd: number;
  unitAt: number;
  unit: number;
  end: number;
}

/** The Chinese numerals a count may be printed in (`三千`, `两`, `二〇`). */
export const CHINESE_DIGITS = "零〇两一二三四五六七八九十百千";

// Units by the char code they start with, each list of UNITS indices in UNITS order (longest
// first), as the alternation tries them.
const UNITS_BY_FIRST = new Map<number, number[]>();
UNITS.forEach((unit, index) => {
  const code = unit.charCodeAt(0);
  const list = UNITS_BY_FIRST.get(code);
  if (list) list.push(index);
  else UNITS_BY_FIRST.set(code, [index]);
});

// What a character can start, as bitmaps: they are asked about characters of any kind, and a
// byte table per code unit would miss the cache on most ideographs.
const UNIT_FIRST = new CharSet();
for (const code of UNITS_BY_FIRST.keys()) UNIT_FIRST.add(code);
const CHINESE_DIGIT = new CharSet(CHINESE_DIGITS);

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The index in UNITS of the unit printed at `at` after optional spaces, its start in `slot`; -1 for none. */
function unitAfter(text: string, at: number, slot: NumberSlot): number {
  let s = at;
  let c = codeAt(text, s);
  while (isSpace(c)) c = codeAt(text, ++s);
  // Most numerals (`一是`, `进一步`) are followed by no unit's first character at all.
  if (!UNIT_FIRST.has(c)) return -1;
  const units = UNITS_BY_FIRST.get(c);
  if (units === undefined) return -1;
  for (const index of units) {
    if (text.startsWith(UNITS[index] ?? "", s)) {
      slot.unitAt = s;
      return index;
    }
  }
  return -1;
}

/**
 * Reads the unit-bearing number that starts at `p` (a digit of either kind) into `slot`, the
 * regex's lookbehind included, and returns where a scan goes on: past the unit when found, else
 * past every start that must fail the same way.
 */
export function readNumberAt(text: string, p: number, slot: NumberSlot): number {
  slot.found = false;
  const first = text.charCodeAt(p);
  if (!isAsciiDigit(first) && !CHINESE_DIGIT.has(first)) return p + 1;
  let numberEnd = -1;
  let unit = -1;
  let runEnd: number;
  if (isAsciiDigit(first)) {
    let e = p + 1;
    while (e < text.length && isAsciiDigit(text.charCodeAt(e))) e++;
    runEnd = e;
    // A fraction is taken whole when a digit follows the dot; a unit never starts with a digit or
    // a dot, so no shorter reading can match where the longest does not.
    let end = e;
    if (codeAt(text, e) === 0x2e && isAsciiDigit(codeAt(text, e + 1))) {
      end = e + 2;
      while (end < text.length && isAsciiDigit(text.charCodeAt(end))) end++;
    }
    unit = unitAfter(text, end, slot);
    if (unit >= 0) numberEnd = end;
  } else {
    let e = p + 1;
    while (e < text.length && CHINESE_DIGIT.has(text.charCodeAt(e))) e++;
    runEnd = e;
    // Greedy, then shorter: `三千米` reads as 三 + 千米 once 三千 finds no unit.
    for (let q = e; q > p && unit < 0; q--) {
      unit = unitAfter(text, q, slot);
      if (unit >= 0) numberEnd = q;
    }
  }
  // Every later start inside the run ends where this one did, and fails the same way.
  if (unit < 0) return runEnd;
  const before = p > 0 ? text.charCodeAt(p - 1) : 0;
  // As the lookbehind would: try again from the next character.
  if (isAsciiDigit(before) || before === 0x2e || before === 0xff0e) return p + 1;
  slot.found = true;
  slot.numberEnd = numberEnd;
  slot.unit = unit;
  slot.end = slot.unitAt + (UNITS[unit] ?? "").length;
  return slot.end;
}

const SLOT: NumberSlot = { found: false, numberEnd: 0, unitAt: 0, unit: 0, end: 0 };

/**
 * The first unit-bearing number starting at or after `from` whose preceding character is no
 * digit or dot (`.`, `．`), as the regex with that lookbehind finds it; null when there is none.
 */
export function nextUnitNumber(text: string, from: number): NumberHit | null {
  let p = from;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (!isAsciiDigit(c) && !CHINESE_DIGIT.has(c)) {
      p++;
      continue;
    }
    const next = readNumberAt(text, p, SLOT);
    if (SLOT.found) return { at: p, digits: text.slice(p, SLOT.numberEnd), unit: UNITS[SLOT.unit] ?? "", length: SLOT.end - p };
    p = next;
  }
  return null;
}
