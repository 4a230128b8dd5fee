/**
 * Reading the goals of one clause from its unit-bearing numbers. Everything works on offsets into
 * the measure (the clause is `[from, to)`): no clause, lead or gap is sliced out, and numbers and
 * goals live in typed arrays reused from clause to clause instead of an object each.
 */
import { isSpace } from "../../model/spaces.ts";
import { CharSet, codeAt, codeOf, doubled } from "../chars/char-set.ts";
import { chineseIntIn } from "../numerals/chinese-int.ts";
import {
  COMPARATORS, DISPOSAL_CHARS, DISTANT_PREFIXES, MONEY_UNITS, NEAR_PREFIXES, REWARD_WORDS,
  SHARE_UNITS, SUFFIXES, UNITS,
} from "./lexicon.ts";
import type { Comparator } from "./lexicon.ts";

/** The unit-bearing numbers of one clause: start, end of digits, end of unit, UNITS index, quoted. */
export class NumberBuffer {
  count = 0;
  at = new Int32Array(8);
  numberEnd = new Int32Array(8);
  end = new Int32Array(8);
  unit = new Uint8Array(8);
  quoted = new Uint8Array(8);

  /** Appends a number, growing the arrays when full. */
  push(at: number, numberEnd: number, end: number, unit: number, quoted: boolean): void {
    if (this.count === this.at.length) {
      this.at = doubled(this.at);
      this.numberEnd = doubled(this.numberEnd);
      this.end = doubled(this.end);
      this.unit = doubled(this.unit);
      this.quoted = doubled(this.quoted);
    }
    const k = this.count++;
    this.at[k] = at;
    this.numberEnd[k] = numberEnd;
    this.end[k] = end;
    this.unit[k] = unit;
    this.quoted[k] = quoted ? 1 : 0;
  }
}

/** The goals of one clause: number start, end with any suffix, value, UNITS and COMPARATORS indices, segment. */
export class HitBuffer {
  count = 0;
  at = new Int32Array(8);
  unitEnd = new Int32Array(8);
  value = new Float64Array(8);
  unit = new Uint8Array(8);
  comparator = new Uint8Array(8);
  /** The piece of the clause each goal is printed in (`建成2个A和5个B` → `建成2个A`, `5个B`). */
  segFrom = new Int32Array(8);
  segTo = new Int32Array(8);

  /** Appends a goal, growing the arrays when full. */
  push(at: number, unitEnd: number, value: number, unit: number, comparator: number): void {
    if (this.count === this.at.length) {
      this.at = doubled(this.at);
      this.unitEnd = doubled(this.unitEnd);
      this.value = doubled(this.value);
      this.unit = doubled(this.unit);
      this.comparator = doubled(this.comparator);
      // Segments are cut once every goal is in: nothing to keep.
      this.segFrom = new Int32Array(this.at.length);
      this.segTo = new Int32Array(this.at.length);
    }
    const k = this.count++;
    this.at[k] = at;
    this.unitEnd[k] = unitEnd;
    this.value[k] = value;
    this.unit[k] = unit;
    this.comparator[k] = comparator;
  }

  /** Keeps goal `k` as goal `to` (`to <= k`), for dropping goals in place. */
  move(k: number, to: number): void {
    this.at[to] = this.at[k] ?? 0;
    this.unitEnd[to] = this.unitEnd[k] ?? 0;
    this.value[to] = this.value[k] ?? 0;
    this.unit[to] = this.unit[k] ?? 0;
    this.comparator[to] = this.comparator[k] ?? 0;
  }
}

const GE = COMPARATORS.indexOf(">=");
const EQ = COMPARATORS.indexOf("=");
const comparatorIndex = (c: Comparator): number => COMPARATORS.indexOf(c);
const NEAR_WORDS = NEAR_PREFIXES.map(([w]) => w);
const NEAR_CMP = NEAR_PREFIXES.map(([, c]) => comparatorIndex(c));
const DISTANT_WORDS = DISTANT_PREFIXES.map(([w]) => w);
const DISTANT_CMP = DISTANT_PREFIXES.map(([, c]) => comparatorIndex(c));
const SUFFIX_WORDS = SUFFIXES.map(([w]) => w);
const SUFFIX_CMP = SUFFIXES.map(([, c]) => comparatorIndex(c));
const MONEY = UNITS.map((u) => MONEY_UNITS.has(u));
const SHARE = UNITS.map((u) => SHARE_UNITS.has(u));
const HOLDS_AT = ["稳定在", "保持在", "维持在", "控制在"];
const QUALIFIER_TAILS = ["及以上的", "以上的", "以下的", "以内的", "的"];

// One bit per distinct first character of a comparator word, near or distant: a lead holding
// none of them has no comparator, and a distant word whose first character is absent cannot occur.
const FIRST_BIT = new Map<number, number>();
for (const [word] of [...NEAR_PREFIXES, ...DISTANT_PREFIXES]) {
  const code = word.charCodeAt(0);
  if (!FIRST_BIT.has(code)) FIRST_BIT.set(code, 1 << FIRST_BIT.size);
}
const COMPARATOR_FIRST = new CharSet();
for (const code of FIRST_BIT.keys()) COMPARATOR_FIRST.add(code);
const DISTANT_BIT = DISTANT_WORDS.map((w) => FIRST_BIT.get(w.charCodeAt(0)) ?? 0);

// Characters by role, as bitmaps: they are asked about characters of any kind.
const RANGE_DASH = new CharSet("-—–~～至"); // after a number (`3—5所`)
const RANGE_DASH_BEFORE = new CharSet("-—–~～至到"); // before one (`8-10所`)
const RANGE_DIGIT = new CharSet("0123456789零〇两一二三四五六七八九十");
const JOINT = new CharSet("和及与、"); // where a clause of two goals is cut
const DISPOSAL = new CharSet(DISPOSAL_CHARS);
const SUFFIX_START = new CharSet([...SUFFIX_WORDS, ...QUALIFIER_TAILS].map((w) => w.charAt(0)).join(""));

const DI = codeOf("第");
const YUE = codeOf("约");
const JIN = codeOf("近");
const ZAI = codeOf("在");
const DE = codeOf("的");
const XING = codeOf("性");
const HONG = codeOf("红");
const DI_BASE = codeOf("底");
const OR = codeOf("或");

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** `[0-9…十]\s*[-—–~～至到]\s*$` on the text before `at` within the clause, read backwards. */
function rangeBefore(text: string, from: number, at: number): boolean {
  let i = at - 1;
  while (i >= from && isSpace(text.charCodeAt(i))) i--;
  if (i < from || !RANGE_DASH_BEFORE.has(text.charCodeAt(i))) return false;
  i--;
  while (i >= from && isSpace(text.charCodeAt(i))) i--;
  return i >= from && RANGE_DIGIT.has(text.charCodeAt(i));
}

/** `\s*[-—–~～至]\s*[0-9…十]` at `at`; it cannot run past the clause's closing punctuation. */
function rangeAfter(text: string, at: number): boolean {
  let i = at;
  while (isSpace(codeAt(text, i))) i++;
  if (!RANGE_DASH.has(codeAt(text, i))) return false;
  i++;
  while (isSpace(codeAt(text, i))) i++;
  return RANGE_DIGIT.has(codeAt(text, i));
}

/** Whether `[from, to)` holds one of `words` whole. */
function holdsWord(text: string, from: number, to: number, words: readonly string[]): boolean {
  for (const w of words) {
    const i = text.indexOf(w, from);
    if (i >= 0 && i + w.length <= to) return true;
  }
  return false;
}

/** Whether `[from, to)` holds a character of `set`. */
function holdsChar(text: string, from: number, to: number, set: CharSet): boolean {
  for (let i = from; i < to; i++) if (set.has(text.charCodeAt(i))) return true;
  return false;
}

/** `^(?:行政村|街道|乡镇|社区(?=[、，,和及]|$)|[村镇乡](?!庄))` at `at`, `$` being the clause end `to`. */
function scopeNounAt(text: string, at: number, to: number): boolean {
  if (at >= to) return false;
  if (text.startsWith("行政村", at) || text.startsWith("街道", at) || text.startsWith("乡镇", at)) return true;
  if (text.startsWith("社区", at)) {
    const k = at + 2;
    return k >= to || "、，,和及".includes(text.charAt(k));
  }
  const c = text.charCodeAt(at);
  return (c === 0x6751 || c === 0x9547 || c === 0x4e61) && !(at + 1 < to && text.charCodeAt(at + 1) === 0x5e84);
}

/** The last start of `word` in `[from, last]`, or -1: a search bounded by the lead. */
function lastWordIn(text: string, word: string, from: number, last: number): number {
  const c0 = word.charCodeAt(0);
  for (let s = last; s >= from; s--) if (text.charCodeAt(s) === c0 && text.startsWith(word, s)) return s;
  return -1;
}

/**
 * The comparator word ending latest (then longest) in the lead `[from, at)`: its COMPARATORS
 * index times two, plus one when it ends within three characters of the number; -1 for none.
 * `不少于` must not read as `少于`; ties keep the first word listed.
 */
function prefixComparator(text: string, from: number, at: number): number {
  let present = 0;
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (COMPARATOR_FIRST.has(c)) present |= FIRST_BIT.get(c) ?? 0;
  }
  // Most leads hold no comparator's first character at all.
  if (present === 0) return -1;
  let best = -1;
  let bestEnd = -1;
  let bestLength = 0;
  for (let k = 0; k < NEAR_WORDS.length; k++) {
    const word = NEAR_WORDS[k] ?? "";
    const start = at - word.length;
    if (start >= from && text.startsWith(word, start) && (best < 0 || at > bestEnd || (at === bestEnd && word.length > bestLength))) {
      best = NEAR_CMP[k] ?? EQ;
      bestEnd = at;
      bestLength = word.length;
    }
  }
  for (let k = 0; k < DISTANT_WORDS.length; k++) {
    const word = DISTANT_WORDS[k] ?? "";
    const start = at - word.length;
    if (start < from || (present & (DISTANT_BIT[k] ?? 0)) === 0) continue;
    const found = lastWordIn(text, word, from, start);
    const end = found + word.length;
    if (found >= 0 && (best < 0 || end > bestEnd || (end === bestEnd && word.length > bestLength))) {
      best = DISTANT_CMP[k] ?? EQ;
      bestEnd = end;
      bestLength = word.length;
    }
  }
  return best < 0 ? -1 : best * 2 + (bestEnd + 3 >= at ? 1 : 0);
}

/** The index in SUFFIXES of the suffix printed at `at`, or -1. */
function suffixAt(text: string, at: number): number {
  for (let k = 0; k < SUFFIX_WORDS.length; k++) if (text.startsWith(SUFFIX_WORDS[k] ?? "", at)) return k;
  return -1;
}

/** An Arabic number `[at, end)` (`12`, `3.68`) as Number.parseFloat reads it. */
function arabicValue(text: string, at: number, end: number): number {
  // Up to 15 digits the integer and the power of ten are exact, so their one division rounds
  // as parseFloat does; longer numbers take parseFloat itself.
  if (end - at > 15) return Number.parseFloat(text.slice(at, end));
  let n = 0;
  let scale = 1;
  let fraction = false;
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) {
      fraction = true;
      continue;
    }
    n = n * 10 + (c - 0x30);
    if (fraction) scale *= 10;
  }
  return scale === 1 ? n : n / scale;
}

/**
 * Reads the goals of the clause `[from, to)` of `text` from its numbers into `hits`, with the
 * segment each is printed in.
 */
export function readClauseHits(text: string, from: number, to: number, nums: NumberBuffer, hits: HitBuffer): void {
  hits.count = 0;
  let prevEnd = from;
  // Whether the clause hands out money: read once, and only for an amount.
  let reward = -1;
  for (let k = 0; k < nums.count; k++) {
    const at = nums.at[k] ?? 0;
    const numberEnd = nums.numberEnd[k] ?? 0;
    const unitEnd = nums.end[k] ?? 0;
    const unit = nums.unit[k] ?? 0;
    const leadFrom = prevEnd;
    prevEnd = unitEnd;
    // The checks only skip, so the cheap ones go first and the comparator search last.
    if (nums.quoted[k] === 1) continue;
    if (rangeBefore(text, from, at) || rangeAfter(text, numberEnd)) continue;
    const next = codeAt(text, unitEnd);
    if (next === 0x2f || next === 0xff0f || next === XING) continue;
    if ((next === HONG || next === DI_BASE) && codeAt(text, unitEnd + 1) === 0x7ebf) continue; // 红线, 底线
    if (MONEY[unit] === true) {
      if (reward < 0) reward = holdsWord(text, from, to, REWARD_WORDS) ? 1 : 0;
      if (reward === 1) continue;
    }
    let beforeEnd = at;
    while (beforeEnd > from && isSpace(text.charCodeAt(beforeEnd - 1))) beforeEnd--;
    const last = beforeEnd > from ? text.charCodeAt(beforeEnd - 1) : -1;
    if (last === DI || last === YUE || last === JIN) continue;
    if (last === ZAI && !HOLDS_AT.some((w) => beforeEnd - from >= w.length && text.startsWith(w, beforeEnd - w.length))) continue;
    const prefix = prefixComparator(text, leadFrom, at);
    const tail = SUFFIX_START.has(next);
    const suffix = tail ? suffixAt(text, unitEnd) : -1;
    const share = SHARE[unit] === true;
    const arabic = isAsciiDigit(text.charCodeAt(at));
    // `10万元以上的村`: a threshold that qualifies a noun, not a goal of its own.
    if (tail && (prefix < 0 || (prefix & 1) === 0) && QUALIFIER_TAILS.some((w) => text.startsWith(w, unitEnd))) continue;
    if (!share && prefix < 0 && suffix < 0) {
      if (!arabic || last === DE || holdsChar(text, from, beforeEnd, DISPOSAL) || scopeNounAt(text, unitEnd, to)) continue;
    }
    // Chinese numerals are everywhere in names (`一批`, `两项补贴`): they count only when compared.
    if (!arabic && prefix < 0 && suffix < 0) continue;
    const value = arabic ? arabicValue(text, at, numberEnd) : chineseIntIn(text, at, numberEnd);
    if (value === null || !Number.isFinite(value)) continue;
    const comparator = suffix >= 0 ? (SUFFIX_CMP[suffix] ?? EQ) : prefix >= 0 ? prefix >> 1 : share ? GE : EQ;
    hits.push(at, unitEnd + (suffix >= 0 ? (SUFFIX_WORDS[suffix] ?? "").length : 0), value, unit, comparator);
  }
  if (hits.count >= 2) dropAlternatives(text, hits);
  cutSegments(text, from, to, hits);
}

/** Whether `或` stands in `[from, to)`. */
function orIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === OR) return true;
  return false;
}

/** `至少有一项…或至少一人…`: goals on either side of an `或` are a condition, not goals. */
function dropAlternatives(text: string, hits: HitBuffer): void {
  let kept = 0;
  let orBefore = false;
  for (let i = 0; i < hits.count; i++) {
    const orAfter = i + 1 < hits.count && orIn(text, hits.unitEnd[i] ?? 0, hits.at[i + 1] ?? 0);
    if (!orBefore && !orAfter) hits.move(i, kept++);
    orBefore = orAfter;
  }
  hits.count = kept;
}

/** Cuts a clause holding several goals (`建成2个A和5个B`) at the last joint between each two. */
function cutSegments(text: string, from: number, to: number, hits: HitBuffer): void {
  let start = from;
  for (let i = 0; i < hits.count; i++) {
    hits.segFrom[i] = start;
    if (i + 1 === hits.count) {
      hits.segTo[i] = to;
      break;
    }
    const gapFrom = hits.unitEnd[i] ?? 0;
    const nextAt = hits.at[i + 1] ?? 0;
    let joint = nextAt - 1;
    while (joint >= gapFrom && !JOINT.has(text.charCodeAt(joint))) joint--;
    const found = joint >= gapFrom;
    hits.segTo[i] = found ? joint : nextAt;
    start = found ? joint + 1 : nextAt;
  }
}
