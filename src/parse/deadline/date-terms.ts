/**
 * Dated expressions inside one clause of a 完成时限: points (`2021年4月底前`), spans
 * (`2021年至2023年`) and open starts (`2021年9月起`), resolved to ISO start/end days.
 */
import { foldDigits, isoDate, lastDayOfMonth, parseChineseInt } from "../numerals/index.ts";

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

const Y = String.raw`(?<![0-9０-９])([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年`;
const M = String.raw`(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月`;
const D = String.raw`(3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号]`;
const YEAR_PART = String.raw`(上半年|下半年|第?[一二三四1-4]\s*季度|年底|年末|年内|底|末|内)`;
const MONTH_PART = String.raw`(上旬|中旬|下旬|底|末|份|中)`;
const EVENT = String.raw`(教师节|国庆节|国庆|元旦|劳动节|儿童节|中考|高考)`;

// Calendar-fixed events give their day; the others (中考) only fix the year.
const EVENT_DAYS: Readonly<Record<string, readonly [number, number]>> = {
  "教师节": [9, 10], "国庆节": [10, 1], "国庆": [10, 1], "元旦": [1, 1], "劳动节": [5, 1], "儿童节": [6, 1],
};

const POINT = new RegExp(
  [
    String.raw`(?:${Y}\s*)?${EVENT}`,
    String.raw`([0-9]{4})[.．/](\d{1,2})[.．/](\d{1,2})`,
    String.raw`(?:${Y}\s*)?${M}\s*(?:${D}|${MONTH_PART})?`,
    String.raw`${Y}\s*${YEAR_PART}?`,
    // Without a year, `年内` must not be the tail of a duration (`2-3年内`, `五年内`).
    String.raw`(?<![0-9０-９〇○零一二三四五六七八九十两几多每])${YEAR_PART.replace("|底|末|内", "")}`,
  ].join("|"),
  "gu",
);
const SPAN_JOIN = /^\s*(?:起|开始)?\s*(?:至|到|—+|－|-|–|~|～)\s*/u;
const OPENER = /^\s*(?:起|开始|以后|之后|后)/u;

interface Point { start: string; end: string; year: number; explicitYear: boolean; length: number }

function num(s: string | undefined): number | null {
  return s === undefined ? null : parseChineseInt(s);
}

function yearPart(year: number, part: string | undefined): [string, string] {
  const p = (part ?? "").replace(/\s/gu, "");
  if (p === "上半年") return [isoDate(year, 1, 1), isoDate(year, 6, 30)];
  if (p === "下半年") return [isoDate(year, 7, 1), isoDate(year, 12, 31)];
  const q = /([一二三四1-4])季度/u.exec(p);
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

/** Reads the point starting exactly at `from` (or the first after it when `anchored` is false). */
function readPoint(text: string, from: number, carried: number | null, anchored: boolean): (Point & { index: number }) | null {
  POINT.lastIndex = from;
  for (let m = POINT.exec(text); m; m = POINT.exec(text)) {
    if (anchored && m.index !== from) return null;
    // Groups: 0-1 year+event, 2-4 dotted date, 5-8 year+month(+day|part), 9-10 year(+part), 11 bare part.
    const g = m.slice(1);
    const printed = num(g[0] ?? g[2] ?? g[5] ?? g[9]);
    const year = printed ?? carried;
    const base = { explicitYear: printed !== null, length: m[0].length, index: m.index };
    if (year !== null) {
      if (g[1] !== undefined) {
        const fixed = EVENT_DAYS[g[1]];
        const day = fixed ? isoDate(year, fixed[0], fixed[1]) : isoDate(year, 12, 31);
        return { ...base, start: fixed ? day : isoDate(year, 1, 1), end: day, year };
      }
      if (g[2] !== undefined) {
        const [mo, d] = [num(g[3]) ?? 1, num(g[4]) ?? 1];
        return { ...base, start: isoDate(year, mo, d), end: isoDate(year, mo, d), year };
      }
      const month = num(g[6]);
      if (month !== null) {
        const day = num(g[7]);
        // A misprinted day (4月31日) still bounds the work within its month.
        const clamped = day === null ? null : isoDate(year, month, Math.min(day, lastDayOfMonth(year, month)));
        const [start, end] = clamped !== null ? [clamped, clamped] : monthPart(year, month, g[8]);
        return { ...base, start, end, year };
      }
      const [start, end] = yearPart(year, g[10] ?? g[11]);
      return { ...base, start, end, year };
    }
    if (anchored) return null;
  }
  return null;
}

/** Finds the dated expressions of one clause; `carried` is the year in force before it. */
export function findDateTerms(printed: string, carried: number | null): DateTerm[] {
  // Folding keeps every index, so positions still point into the printed text.
  const text = foldDigits(printed);
  const terms: DateTerm[] = [];
  let year = carried;
  let at = 0;
  for (let p = readPoint(text, at, year, false); p; p = readPoint(text, at, year, false)) {
    year = p.year;
    let role: DateRole = "point";
    let end = p.end;
    let length = p.length;
    const after = text.slice(p.index + p.length);
    const join = SPAN_JOIN.exec(after);
    const second = join ? readPoint(text, p.index + p.length + join[0].length, year, true) : null;
    if (join && second) {
      role = "span";
      end = second.end;
      year = second.year;
      length = second.index + second.length - p.index;
    } else if (OPENER.test(after)) {
      role = "open";
    }
    terms.push({ role, start: p.start, end, year, explicitYear: p.explicitYear, index: p.index, length });
    at = p.index + length;
  }
  return terms;
}
