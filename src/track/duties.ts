/**
 * Reporting duties: a responsible unit reports its progress once per calendar period (a quarter
 * by default), the report falling due some days after the period ends (按季度报送, 季后10日内).
 */
import { GongbaoError } from "../model/errors.ts";
import { addDays, dateMs, lastDayOfMonth } from "./dates.ts";

/** How often progress is reported. */
export type CadenceEvery = "quarter" | "month" | "half-year" | "year";

/** A reporting rhythm: the period length and how many days after its end a report is due. */
export interface Cadence {
  every: CadenceEvery;
  dueDays: number;
}

/** The default rhythm: quarterly, due 10 days after the quarter. */
export const DEFAULT_CADENCE: Cadence = { every: "quarter", dueDays: 10 };

/** One period to report on. */
export interface ReportingPeriod {
  periodStart: string;
  periodEnd: string;
  due: string;
  label: string;
}

const QUARTERS = ["第一季度", "第二季度", "第三季度", "第四季度"] as const;
/** A guard against a runaway span (e.g. a typo'd year 2201): 50 years of months. */
const MAX_PERIODS = 600;

/** The calendar period of a cadence that contains a date. */
export function periodOf(date: string, every: CadenceEvery): { start: string; end: string; label: string } {
  dateMs(date);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const pad = (m: number) => String(m).padStart(2, "0");
  switch (every) {
    case "month":
      return { start: `${year}-${pad(month)}-01`, end: lastDayOfMonth(year, month), label: `${year}年${month}月` };
    case "quarter": {
      const q = Math.floor((month - 1) / 3);
      return { start: `${year}-${pad(q * 3 + 1)}-01`, end: lastDayOfMonth(year, q * 3 + 3), label: `${year}年${QUARTERS[q] ?? ""}` };
    }
    case "half-year":
      return month <= 6
        ? { start: `${year}-01-01`, end: `${year}-06-30`, label: `${year}年上半年` }
        : { start: `${year}-07-01`, end: `${year}-12-31`, label: `${year}年下半年` };
    case "year":
      return { start: `${year}-01-01`, end: `${year}-12-31`, label: `${year}年度` };
  }
}

/** Checks a cadence, so a bad per-document setting fails loudly instead of making odd duties. */
export function checkCadence(cadence: Cadence): Cadence {
  if (!["quarter", "month", "half-year", "year"].includes(cadence.every)) {
    throw new GongbaoError("bad-request", `未知的报送周期：${String(cadence.every)}`, { field: "cadence.every" });
  }
  if (!Number.isInteger(cadence.dueDays) || cadence.dueDays < 0 || cadence.dueDays > 90) {
    throw new GongbaoError("bad-request", "报送期限须为 0 至 90 天的整数", { field: "cadence.dueDays" });
  }
  return cadence;
}

/** Every calendar period overlapping `start`–`end`, with its report's due date, in order. */
export function reportingDuties(input: { start: string; end: string; cadence: Cadence }): ReportingPeriod[] {
  const { start, end } = input;
  const cadence = checkCadence(input.cadence);
  if (dateMs(end) < dateMs(start)) return [];
  const result: ReportingPeriod[] = [];
  let period = periodOf(start, cadence.every);
  while (period.start <= end) {
    if (result.length >= MAX_PERIODS) throw new GongbaoError("bad-request", `报送期间过长：${start} 至 ${end}`);
    result.push({ periodStart: period.start, periodEnd: period.end, due: addDays(period.end, cadence.dueDays), label: period.label });
    period = periodOf(addDays(period.end, 1), cadence.every);
  }
  return result;
}
