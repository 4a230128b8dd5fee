/**
 * Dated expressions inside one clause of a 完成时限: points (`2021年4月底前`), spans
 * (`2021年至2023年`) and open starts (`2021年9月起`), resolved to ISO start/end days.
 */
// Straight from the modules, not the index: each re-export layer is a getter call under tsx.
import { foldDigits } from "../numerals/chinese-int.ts";
import { isoDate, lastDayOfMonth } from "../numerals/date.ts";
import { isSpace } from "../../model/spaces.ts";
import { codeAt } from "../chars/char-set.ts";
import { FIRST_HALF, SECOND_HALF, WHOLE_YEAR, matchPointAt, mayStartPoint } from "./point-match.ts";
import type { PointMatch } from "./point-match.ts";

/** How a dated expression bounds the work: finish by it, run across it, or start from it. */
export type DateRole = "point" | "span" | "open";

/** One dated expression found in a clause. */
export interface DateTerm {
  role: DateRole;
  start: string;
  end: string;
  /** The year the clause continues in, for later dates printed without one. */
  year: number;
  /** Whether a year was printed (rather than carried over). */
  explicitYear: boolean;
  index: number;
  length: number;
}

// Calendar-fixed events give their day; the others (中考) only fix the year.
const EVENT_DAYS: Readonly<Record<string, readonly [number, number]>> = {
  "教师节": [9, 10], "国庆节": [10, 1], "国庆": [10, 1], "元旦": [1, 1], "劳动节": [5, 1], "儿童节": [6, 1],
};

// Every point holds one of these (年, 月, 季度, an event's 节/庆/旦/考, a dotted date's dot):
// a clause without them is skipped unread, which is most clauses of a measure.
const ANCHOR = /[年月季节庆旦考.．/]/u;

/** The index past the spaces at `i`. */
function skipSpaces(text: string, i: number): number {
  let k = i;
  while (isSpace(codeAt(text, k))) k++;
  return k;
}

/** `\s*(?:起|开始)?\s*(?:至|到|—+|－|-|–|~|～)\s*` at `i`, joining two points into a span: the index past it, or -1. */
function spanJoinAt(text: string, i: number): number {
  let k = skipSpaces(text, i);
  if (codeAt(text, k) === 0x8d77) k = skipSpaces(text, k + 1); // 起
  else if (text.startsWith("开始", k)) k = skipSpaces(text, k + 2);
  const c = codeAt(text, k);
  if (c === 0x2014) {
    // `—+`: a dash of any length.
    while (codeAt(text, k) === 0x2014) k++;
  } else if (c === 0x81f3 || c === 0x5230 || c === 0xff0d || c === 0x2d || c === 0x2013 || c === 0x7e || c === 0xff5e) {
    k++; // 至 到 － - – ~ ～
  } else {
    return -1;
  }
  return skipSpaces(text, k);
}

/** `\s*(?:起|开始|以后|之后|后)` at `i`: whether the point before opens a span. */
function opensAt(text: string, i: number): boolean {
  const k = skipSpaces(text, i);
  const c = codeAt(text, k);
  return c === 0x8d77 || c === 0x540e || text.startsWith("开始", k) || text.startsWith("以后", k) || text.startsWith("之后", k); // 起 后
}

/** A point resolved to its first and last day: a reused slot, as the match it is read from. */
interface Point { start: string; end: string; year: number; explicitYear: boolean; length: number; index: number }

const newPoint = (): Point => ({ start: "", end: "", year: 0, explicitYear: false, length: 0, index: 0 });
const MATCH: PointMatch = { index: 0, end: 0, year: -1, event: null, dotted: false, month: -1, day: -1, monthPart: null, yearPart: WHOLE_YEAR };
// The point a term starts with, and the one that closes it into a span.
const FIRST = newPoint();
const SECOND = newPoint();

function days(out: Point, start: string, end: string): void {
  out.start = start;
  out.end = end;
}

function yearPart(out: Point, year: number, part: number): void {
  if (part === FIRST_HALF) days(out, isoDate(year, 1, 1), isoDate(year, 6, 30));
  else if (part === SECOND_HALF) days(out, isoDate(year, 7, 1), isoDate(year, 12, 31));
  else if (part >= 1 && part <= 4) days(out, isoDate(year, part * 3 - 2, 1), isoDate(year, part * 3, lastDayOfMonth(year, part * 3)));
  else days(out, isoDate(year, 1, 1), isoDate(year, 12, 31));
}

function monthPart(out: Point, year: number, month: number, part: string | null): void {
  const last = lastDayOfMonth(year, month);
  if (part === "上旬") days(out, isoDate(year, month, 1), isoDate(year, month, 10));
  else if (part === "中旬") days(out, isoDate(year, month, 11), isoDate(year, month, 20));
  else if (part === "下旬") days(out, isoDate(year, month, 21), isoDate(year, month, last));
  else days(out, isoDate(year, month, 1), isoDate(year, month, last));
}

/** Resolves the match `m` into `out` with the year in force; false when no year stands in. */
function resolve(m: PointMatch, carried: number | null, out: Point): boolean {
  const printed = m.year >= 0 ? m.year : null;
  const year = printed ?? carried;
  if (year === null) return false;
  if (m.event !== null) {
    const fixed = EVENT_DAYS[m.event];
    const end = fixed ? isoDate(year, fixed[0], fixed[1]) : isoDate(year, 12, 31);
    days(out, fixed ? end : isoDate(year, 1, 1), end);
  } else if (m.dotted) {
    const day = isoDate(year, m.month, m.day);
    days(out, day, day);
  } else if (m.month >= 0 && m.day >= 0) {
    // A misprinted day (4月31日) still bounds the work within its month.
    const day = isoDate(year, m.month, Math.min(m.day, lastDayOfMonth(year, m.month)));
    days(out, day, day);
  } else if (m.month >= 0) {
    monthPart(out, year, m.month, m.monthPart);
  } else {
    yearPart(out, year, m.yearPart);
  }
  out.year = year;
  out.explicitYear = printed !== null;
  out.length = m.end - m.index;
  out.index = m.index;
  return true;
}

/** Reads into `out` the point starting exactly at `from` (or the first before `to` when `anchored` is false). */
function readPoint(text: string, from: number, to: number, carried: number | null, anchored: boolean, out: Point): boolean {
  if (anchored) return matchPointAt(text, from, MATCH) && resolve(MATCH, carried, out);
  for (let p = from; p < to; p++) {
    // Most characters start no point: the matcher is not even called.
    if (!mayStartPoint(codeAt(text, p)) || !matchPointAt(text, p, MATCH)) continue;
    if (resolve(MATCH, carried, out)) return true;
    // A point with no year to stand in: the search goes on after it, not inside it.
    p = MATCH.end - 1;
  }
  return false;
}

/** Receives the dated expressions of a clause one by one, in printed order. */
interface TermSink {
  term(role: DateRole, start: string, end: string, year: number, explicitYear: boolean, index: number, length: number): void;
}

/**
 * Reads the dated expressions of `text[from, to)`, a clause ended by punctuation (or the text's
 * end) that no point can run into, from a text whose digits are folded; `carried` is the year
 * in force before it. Indices are relative to `from`.
 */
function scanTerms(text: string, from: number, to: number, carried: number | null, sink: TermSink): void {
  let year = carried;
  let at = from;
  while (readPoint(text, at, to, year, false, FIRST)) {
    year = FIRST.year;
    let role: DateRole = "point";
    let end = FIRST.end;
    let length = FIRST.length;
    const after = FIRST.index + FIRST.length;
    const join = spanJoinAt(text, after);
    if (join >= 0 && readPoint(text, join, to, year, true, SECOND)) {
      role = "span";
      end = SECOND.end;
      year = SECOND.year;
      length = SECOND.index + SECOND.length - FIRST.index;
    } else if (opensAt(text, after)) {
      role = "open";
    }
    sink.term(role, FIRST.start, end, year, FIRST.explicitYear, FIRST.index - from, length);
    at = FIRST.index + length;
  }
}

class TermList implements TermSink {
  readonly terms: DateTerm[] = [];

  term(role: DateRole, start: string, end: string, year: number, explicitYear: boolean, index: number, length: number): void {
    this.terms.push({ role, start, end, year, explicitYear, index, length });
  }
}

/** Finds the dated expressions of one clause; `carried` is the year in force before it. */
export function findDateTerms(printed: string, carried: number | null): DateTerm[] {
  if (!ANCHOR.test(printed)) return [];
  // Folding keeps every index, so positions still point into the printed text.
  const list = new TermList();
  scanTerms(foldDigits(printed), 0, printed.length, carried, list);
  return list.terms;
}

/**
 * What the dated expressions of one clause add up to, as a deadline's steps and a goal's date
 * read them: summed up as they are found instead of kept as a term object each.
 */
export class ClauseDates implements TermSink {
  /** How many dated expressions the clause holds. */
  count = 0;
  /** The start of the first of them. */
  firstStart = "";
  /** The latest end among the closing ones (points and spans, not open starts). */
  closeEnd: string | null = null;
  /** The start of the first span among the closing ones. */
  spanStart: string | null = null;
  /** Whether any of them printed its own year. */
  explicitYear = false;
  /** The year in force after the clause. */
  year: number | null = null;

  /** Reads the clause `text[from, to)` (digits folded, ended by punctuation or the text's end). */
  read(text: string, from: number, to: number, carried: number | null): this {
    this.count = 0;
    this.firstStart = "";
    this.closeEnd = null;
    this.spanStart = null;
    this.explicitYear = false;
    this.year = carried;
    scanTerms(text, from, to, carried, this);
    return this;
  }

  /** Takes in one dated expression. */
  term(role: DateRole, start: string, end: string, year: number, explicitYear: boolean): void {
    if (this.count++ === 0) this.firstStart = start;
    this.year = year;
    if (explicitYear) this.explicitYear = true;
    if (role === "open") return;
    if (this.closeEnd === null || end > this.closeEnd) this.closeEnd = end;
    if (this.spanStart === null && role === "span") this.spanStart = start;
  }
}
