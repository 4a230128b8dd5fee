/**
 * Dated expressions inside one clause of a 完成时限: points (`2021年4月底前`), spans
 * (`2021年至2023年`) and open starts (`2021年9月起`), resolved to ISO start/end days.
 */
// Straight from the modules, not the index: each re-export layer is a getter call under tsx.
import { foldDigits, parseChineseInt } from "../numerals/chinese-int.ts";
import { isoDate, lastDayOfMonth } from "../numerals/date.ts";
import { matchPointAt } from "./point-match.ts";
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
const SPAN_JOIN = /\s*(?:起|开始)?\s*(?:至|到|—+|－|-|–|~|～)\s*/uy;
const OPENER = /\s*(?:起|开始|以后|之后|后)/uy;
const QUARTER = /([一二三四1-4])季度/u;
const SPACES = /\s/gu;

interface Point { start: string; end: string; year: number; explicitYear: boolean; length: number; index: number }

function num(s: string | undefined): number | null {
  return s === undefined ? null : parseChineseInt(s);
}

function yearPart(year: number, part: string | undefined): [string, string] {
  const p = (part ?? "").replace(SPACES, "");
  if (p === "上半年") return [isoDate(year, 1, 1), isoDate(year, 6, 30)];
  if (p === "下半年") return [isoDate(year, 7, 1), isoDate(year, 12, 31)];
  const q = QUARTER.exec(p);
  if (q) {
    const n = parseChineseInt(q[1] ?? "") ?? 4;
    return [isoDate(year, n * 3 - 2, 1), isoDate(year, n * 3, lastDayOfMonth(year, n * 3))];
  }
  return [isoDate(year, 1, 1), isoDate(year, 12, 31)];
}

function monthPart(year: number, month: number, part: string | undefined): [string, string] {
  const last = lastDayOfMonth(year, month);
  if (part === "上旬") return [isoDate(year, month, 1), isoDate(year, month, 10)];
  if (part === "中旬") return [isoDate(year, month, 11), isoDate(year, month, 20)];
  if (part === "下旬") return [isoDate(year, month, 21), isoDate(year, month, last)];
  return [isoDate(year, month, 1), isoDate(year, month, last)];
}

function resolve(m: PointMatch, carried: number | null): Point | null {
  const printed = num(m.year ?? m.dotted?.[0]);
  const year = printed ?? carried;
  if (year === null) return null;
  let start: string;
  let end: string;
  if (m.event !== null) {
    const fixed = EVENT_DAYS[m.event];
    end = fixed ? isoDate(year, fixed[0], fixed[1]) : isoDate(year, 12, 31);
    start = fixed ? end : isoDate(year, 1, 1);
  } else if (m.dotted !== null) {
    start = end = isoDate(year, num(m.dotted[1]) ?? 1, num(m.dotted[2]) ?? 1);
  } else {
    const month = num(m.month ?? undefined);
    const day = month === null ? null : num(m.day ?? undefined);
    // A misprinted day (4月31日) still bounds the work within its month.
    if (month !== null && day !== null) start = end = isoDate(year, month, Math.min(day, lastDayOfMonth(year, month)));
    else [start, end] = month !== null ? monthPart(year, month, m.monthPart ?? undefined) : yearPart(year, m.yearPart ?? undefined);
  }
  // A literal, not a spread: object spreads are slow on Node 20.
  return { start, end, year, explicitYear: printed !== null, length: m.end - m.index, index: m.index };
}

/** Reads the point starting exactly at `from` (or the first before `to` when `anchored` is false). */
function readPoint(text: string, from: number, to: number, carried: number | null, anchored: boolean): Point | null {
  if (anchored) {
    const m = matchPointAt(text, from);
    return m === null ? null : resolve(m, carried);
  }
  for (let p = from; p < to; p++) {
    const m = matchPointAt(text, p);
    if (m === null) continue;
    const point = resolve(m, carried);
    if (point !== null) return point;
    // A point with no year to stand in: the search goes on after it, not inside it.
    p = m.end - 1;
  }
  return null;
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
  for (let p = readPoint(text, at, to, year, false); p; p = readPoint(text, at, to, year, false)) {
    year = p.year;
    let role: DateRole = "point";
    let end = p.end;
    let length = p.length;
    const after = p.index + p.length;
    SPAN_JOIN.lastIndex = after;
    const join = SPAN_JOIN.exec(text);
    const second = join ? readPoint(text, after + join[0].length, to, year, true) : null;
    if (join && second) {
      role = "span";
      end = second.end;
      year = second.year;
      length = second.index + second.length - p.index;
    } else {
      OPENER.lastIndex = after;
      if (OPENER.test(text)) role = "open";
    }
    sink.term(role, p.start, end, year, p.explicitYear, p.index - from, length);
    at = p.index + length;
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
