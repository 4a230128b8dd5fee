/** Calendar helpers and the reading of printed date literals (`2021年4月1日`, `2021.09.27`). */
import { CHINESE_NUMERAL_CHARS, parseChineseInt } from "./chinese-int.ts";

/** A date as printed, with its ISO form when the calendar has such a day. */
export interface DateLiteral {
  year: number;
  month: number;
  day: number;
  /** `YYYY-MM-DD`, or null for a day that does not exist (4月31日). */
  iso: string | null;
  /** The literal as printed. */
  text: string;
}

// `-MM-DD` for every calendar month and day, so that a date is one concatenation, not five.
const MONTH_DAY: string[] = [];
for (let m = 1; m <= 12; m++) {
  for (let d = 1; d <= 31; d++) MONTH_DAY[m * 32 + d] = `-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** Formats a date as `YYYY-MM-DD` without checking that it exists. */
export function isoDate(year: number, month: number, day: number): string {
  // The common case (four-digit year, small positive month and day) skips padStart.
  if (year >= 1000 && year <= 9999 && Number.isInteger(year) && month >= 1 && month <= 99 && Number.isInteger(month) && day >= 1 && day <= 99 && Number.isInteger(day)) {
    const monthDay = month <= 12 && day <= 31 ? MONTH_DAY[month * 32 + day] : undefined;
    return monthDay === undefined ? `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}` : String(year) + monthDay;
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of days in a month (Gregorian leap years). */
export function lastDayOfMonth(year: number, month: number): number {
  // Date.UTC reads years 0–99 as 1900–1999, so only later years take the arithmetic path.
  if (year >= 100 && year <= 9999 && Number.isInteger(year) && month >= 1 && month <= 12 && Number.isInteger(month)) {
    if (month !== 2) return MONTH_DAYS[month - 1] ?? 31;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when year/month/day name a real calendar day. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= lastDayOfMonth(year, month);
}

const N = `[0-9０-９${CHINESE_NUMERAL_CHARS}]+`;
const CJK_DATE = new RegExp(`(${N})\\s*年\\s*(${N})\\s*月\\s*(${N})\\s*[日号]`, "u");
const PUNCT_DATE = /([0-9０-９]{4})\s*[.．\-/－]\s*([0-9０-９]{1,2})\s*[.．\-/－]\s*([0-9０-９]{1,2})(?![0-9])/u;

/** Finds the first full date (year, month and day) in `text`; null when there is none. */
export function parseDateLiteral(text: string): DateLiteral | null {
  const m = CJK_DATE.exec(text) ?? PUNCT_DATE.exec(text);
  if (!m) return null;
  const year = parseChineseInt(m[1] ?? "");
  const month = parseChineseInt(m[2] ?? "");
  const day = parseChineseInt(m[3] ?? "");
  if (year === null || month === null || day === null) return null;
  const iso = isValidDate(year, month, day) ? isoDate(year, month, day) : null;
  return { year, month, day, iso, text: m[0] };
}
