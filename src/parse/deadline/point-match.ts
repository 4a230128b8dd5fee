/**
 * A hand-written matcher for one dated point (`2021年4月底`, `2021.9.27`, `国庆节`, `三季度`),
 * equal to the leftmost-first alternation
 *
 *   (Y\s*)?EVENT | \d{4}[.．/]\d{1,2}[.．/]\d{1,2} | (Y\s*)?M\s*(D|MONTH_PART)? | Y\s*YEAR_PART? | BARE_PART
 *
 * tried in that order at one position. The regex form cost most of the deadline parse: its
 * lookbehinds and alternation ran at every character, where a table lookup rejects almost all.
 */
import { CharSet, codeAt, codeOf } from "../chars/char-set.ts";
import { chineseIntIn } from "../numerals/chinese-int.ts";

/**
 * The groups of a point found at `index` (ending before `end`), read as numbers rather than
 * slices: a reused slot, overwritten by the next match.
 */
export interface PointMatch {
  index: number;
  end: number;
  /** The printed year (`2021`, `二〇二一`, a dotted date's), or -1. */
  year: number;
  /** The event named (`国庆节`), one of the matcher's own words, or null. */
  event: string | null;
  /** Whether the point is a dotted date (`2021.09.27`): year, month and day are then all set. */
  dotted: boolean;
  /** The printed month and day, or -1. */
  month: number;
  day: number;
  /** The part of the month (`上旬`, `底`), one of the matcher's own words, or null. */
  monthPart: string | null;
  /** The part of a year (`上半年`, `三季度`, `底`): WHOLE_YEAR, a quarter 1–4, FIRST_HALF or SECOND_HALF. */
  yearPart: number;
}

/** A year part that bounds nothing within the year (`年底`, or none printed). */
export const WHOLE_YEAR = 0;
/** `上半年`. */
export const FIRST_HALF = 5;
/** `下半年`. */
export const SECOND_HALF = 6;

const ASCII = 1;
const WIDE = 2;
const CN_YEAR = 4;
const SPACE = 8;
const BARE_BLOCK = 16;
const CN_1_9 = 32;
const QUARTER = 64;
const FIRST = 128;
const EVENT_START = 256;
const YEAR_PART_START = 512;
const MONTH_PART_START = 1024;

const TABLE = new Uint16Array(0x10000);

// The characters a point can start with, as a bitmap: asked about every character of a clause.
const STARTS = new CharSet();

/** Whether a point can start with the character `code`: most characters start none. */
export function mayStartPoint(code: number): boolean {
  return STARTS.has(code);
}
function mark(chars: string, flag: number): void {
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    TABLE[c] = (TABLE[c] ?? 0) | flag;
  }
}
mark("0123456789", ASCII | BARE_BLOCK | FIRST);
mark("０１２３４５６７８９", WIDE | BARE_BLOCK | FIRST);
mark("〇○零一二三四五六七八九", CN_YEAR | BARE_BLOCK | FIRST);
mark("一二三四五六七八九", CN_1_9);
mark("一二三四1234", QUARTER);
mark("十两几多每", BARE_BLOCK);
// What `\s` matches under the `u` flag.
mark("\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff", SPACE);
// First characters of a month (十), an event (教国元劳儿中高), a bare part (上下第年).
mark("十教国元劳儿中高上下第年", FIRST);
// First characters of the word lists, so that most positions skip the lists unread.
mark("教国元劳儿中高", EVENT_START);
mark("上下第年底末内一二三四1234", YEAR_PART_START);
mark("上中下底末份", MONTH_PART_START);
TABLE.forEach((f, code) => {
  if (f & FIRST) STARTS.add(code);
});

const EVENTS = ["教师节", "国庆节", "国庆", "元旦", "劳动节", "儿童节", "中考", "高考"];
const MONTH_PARTS = ["上旬", "中旬", "下旬", "底", "末", "份", "中"];
const YEAR_TAILS = ["年底", "年末", "年内"];
const SHORT_TAILS = ["底", "末", "内"];

const YEAR = codeOf("年");
const MONTH = codeOf("月");
const DAY = codeOf("日");
const HAO = codeOf("号");
const TEN = codeOf("十");
const DI = codeOf("第");

function flags(text: string, i: number): number {
  return TABLE[codeAt(text, i)] ?? 0;
}

function skipSpace(text: string, i: number): number {
  let k = i;
  while (flags(text, k) & SPACE) k++;
  return k;
}

const isCode = (text: string, i: number, lo: number, hi: number): boolean => {
  const c = codeAt(text, i);
  return c >= lo && c <= hi;
};
/** `[.．/]` at `i`. */
const isDot = (text: string, i: number): boolean => {
  const c = codeAt(text, i);
  return c === 0x2e || c === 0xff0e || c === 0x2f;
};

function wordAt(text: string, i: number, words: readonly string[]): string | null {
  const c = codeAt(text, i);
  // The first character turns most words away without a string comparison.
  for (const w of words) if (w.charCodeAt(0) === c && text.startsWith(w, i)) return w;
  return null;
}

/** After `len` characters at `i`, optional spaces and then `a` or `b`: the index past it, or -1. */
function closedBy(text: string, i: number, len: number, a: number, b: number): number {
  const k = skipSpace(text, i + len);
  const c = codeAt(text, k);
  return c === a || c === b ? k + 1 : -1;
}

/** `Y`: a four-digit year then `年`, not preceded by a digit; the index past `年`, or -1. */
function yearAt(text: string, p: number): number {
  if (p > 0 && flags(text, p - 1) & (ASCII | WIDE)) return -1;
  const kind = flags(text, p) & (ASCII | WIDE) ? ASCII | WIDE : flags(text, p) & CN_YEAR ? CN_YEAR : 0;
  if (kind === 0) return -1;
  for (let i = p + 1; i < p + 4; i++) if (!(flags(text, i) & kind)) return -1;
  return closedBy(text, p, 4, YEAR, YEAR);
}

// Alternatives are tried in the regex's order; a result packs the index past the closing
// character with the alternative's length (`end * 4 + length`) so that no array is built.
function attempt(text: string, at: number, len: number, a: number, b: number): number {
  const end = closedBy(text, at, len, a, b);
  return end < 0 ? -1 : end * 4 + len;
}

/** `M\s*月`: the month's length and the index past `月` (packed), or -1. */
function monthAt(text: string, q: number): number {
  const c0 = codeAt(text, q);
  let r = -1;
  if (c0 === 0x31 && isCode(text, q + 1, 0x30, 0x32)) r = attempt(text, q, 2, MONTH, MONTH);
  if (r < 0 && c0 === 0x30 && isCode(text, q + 1, 0x31, 0x39)) r = attempt(text, q, 2, MONTH, MONTH);
  if (r < 0 && c0 >= 0x31 && c0 <= 0x39) r = attempt(text, q, 1, MONTH, MONTH);
  if (r < 0 && c0 === TEN) {
    if (isCode(text, q + 1, 0x4e00, 0x4e00) || isCode(text, q + 1, 0x4e8c, 0x4e8c)) r = attempt(text, q, 2, MONTH, MONTH);
    if (r < 0) r = attempt(text, q, 1, MONTH, MONTH);
  }
  if (r < 0 && flags(text, q) & CN_1_9) r = attempt(text, q, 1, MONTH, MONTH);
  return r;
}

/** `D\s*[日号]`: the day's length and the index past `日` (packed), or -1. */
function dayAt(text: string, s: number): number {
  const c0 = codeAt(text, s);
  let r = -1;
  if (c0 === 0x33 && isCode(text, s + 1, 0x30, 0x31)) r = attempt(text, s, 2, DAY, HAO);
  if (r < 0 && (c0 === 0x31 || c0 === 0x32) && isCode(text, s + 1, 0x30, 0x39)) r = attempt(text, s, 2, DAY, HAO);
  if (r < 0 && c0 === 0x30 && isCode(text, s + 1, 0x31, 0x39)) r = attempt(text, s, 2, DAY, HAO);
  if (r < 0 && c0 >= 0x31 && c0 <= 0x39) r = attempt(text, s, 1, DAY, HAO);
  if (r < 0 && (c0 === 0x4e8c || c0 === 0x4e09) && codeAt(text, s + 1) === TEN) {
    if (flags(text, s + 2) & CN_1_9) r = attempt(text, s, 3, DAY, HAO);
    if (r < 0) r = attempt(text, s, 2, DAY, HAO);
  }
  if (r < 0 && c0 === TEN) {
    if (flags(text, s + 1) & CN_1_9) r = attempt(text, s, 2, DAY, HAO);
    if (r < 0) r = attempt(text, s, 1, DAY, HAO);
  }
  if (r < 0 && flags(text, s) & CN_1_9) r = attempt(text, s, 1, DAY, HAO);
  return r;
}

/** The value of a quarter's digit (`三`, `3`). */
function quarterOf(text: string, i: number): number {
  const c = codeAt(text, i);
  return c >= 0x31 && c <= 0x34 ? c - 0x30 : c === 0x4e00 ? 1 : c === 0x4e8c ? 2 : c === 0x4e09 ? 3 : 4;
}

/**
 * A part of a year at `q` (`上半年`, `第三季度`, `年底`, and with `short` also `底`/`末`/`内`):
 * the index past it times 8 plus its year-part code, or -1.
 */
function yearPartAt(text: string, q: number, short: boolean): number {
  if (!(flags(text, q) & YEAR_PART_START)) return -1;
  if (text.startsWith("上半年", q)) return (q + 3) * 8 + FIRST_HALF;
  if (text.startsWith("下半年", q)) return (q + 3) * 8 + SECOND_HALF;
  if (codeAt(text, q) === DI && flags(text, q + 1) & QUARTER) {
    const k = skipSpace(text, q + 2);
    if (text.startsWith("季度", k)) return (k + 2) * 8 + quarterOf(text, q + 1);
  }
  if (flags(text, q) & QUARTER) {
    const k = skipSpace(text, q + 1);
    if (text.startsWith("季度", k)) return (k + 2) * 8 + quarterOf(text, q);
  }
  const tail = wordAt(text, q, YEAR_TAILS) ?? (short ? wordAt(text, q, SHORT_TAILS) : null);
  return tail === null ? -1 : (q + tail.length) * 8 + WHOLE_YEAR;
}

function point(out: PointMatch, index: number, end: number, year: number, event: string | null, yearPart: number): true {
  out.index = index;
  out.end = end;
  out.year = year;
  out.event = event;
  out.dotted = false;
  out.month = -1;
  out.day = -1;
  out.monthPart = null;
  out.yearPart = yearPart;
  return true;
}

/** The integer printed at `[from, to)`, which the matcher has checked to be digits. */
const int = (text: string, from: number, to: number): number => chineseIntIn(text, from, to) ?? -1;

function monthPoint(text: string, p: number, q: number, year: number, out: PointMatch): boolean {
  const m = monthAt(text, q);
  if (m < 0) return false;
  const s = skipSpace(text, m >> 2);
  const d = dayAt(text, s);
  const part = d < 0 && flags(text, s) & MONTH_PART_START ? wordAt(text, s, MONTH_PARTS) : null;
  point(out, p, d >= 0 ? d >> 2 : part !== null ? s + part.length : s, year, null, WHOLE_YEAR);
  out.month = int(text, q, q + (m & 3));
  out.day = d < 0 ? -1 : int(text, s, s + (d & 3));
  out.monthPart = part;
  return true;
}

/** Matches the point starting exactly at `p` into `out`; false for none. */
export function matchPointAt(text: string, p: number, out: PointMatch): boolean {
  if (!(flags(text, p) & FIRST)) return false;
  const y = yearAt(text, p);
  if (y >= 0) {
    // After a printed year only the alternatives that start with one can match: p holds a digit
    // of it, where no event starts, the fifth character is no dot, and no month closes.
    const year = int(text, p, p + 4);
    const q = skipSpace(text, y);
    // (Y\s*)?EVENT
    const ev = flags(text, q) & EVENT_START ? wordAt(text, q, EVENTS) : null;
    if (ev !== null) return point(out, p, q + ev.length, year, ev, WHOLE_YEAR);
    // (Y\s*)?M\s*(D|MONTH_PART)?
    if (monthPoint(text, p, q, year, out)) return true;
    // Y\s*YEAR_PART?
    const part = yearPartAt(text, q, true);
    return point(out, p, part < 0 ? q : part >> 3, year, null, part < 0 ? WHOLE_YEAR : part & 7);
  }
  const ev = flags(text, p) & EVENT_START ? wordAt(text, p, EVENTS) : null;
  if (ev !== null) return point(out, p, p + ev.length, -1, ev, WHOLE_YEAR);
  // \d{4}[.．/]\d{1,2}[.．/]\d{1,2}
  if (isCode(text, p, 0x30, 0x39) && isCode(text, p + 1, 0x30, 0x39) && isCode(text, p + 2, 0x30, 0x39) && isCode(text, p + 3, 0x30, 0x39) && isDot(text, p + 4)) {
    const i = p + 5;
    if (isCode(text, i, 0x30, 0x39)) {
      const two = isCode(text, i + 1, 0x30, 0x39) && isDot(text, i + 2);
      const j = two ? i + 3 : isDot(text, i + 1) ? i + 2 : -1;
      if (j >= 0 && isCode(text, j, 0x30, 0x39)) {
        const end = isCode(text, j + 1, 0x30, 0x39) ? j + 2 : j + 1;
        point(out, p, end, int(text, p, p + 4), null, WHOLE_YEAR);
        out.dotted = true;
        out.month = int(text, i, j - 1);
        out.day = int(text, j, end);
        return true;
      }
    }
  }
  // M\s*(D|MONTH_PART)?
  if (monthPoint(text, p, p, -1, out)) return true;
  // A bare part, not the tail of a duration (`2-3年内`, `五年内`).
  if (p > 0 && flags(text, p - 1) & BARE_BLOCK) return false;
  const part = yearPartAt(text, p, false);
  return part >= 0 && point(out, p, part >> 3, -1, null, part & 7);
}
