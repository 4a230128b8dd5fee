/**
 * Calendar arithmetic on ISO dates. Everything runs in UTC milliseconds so that the machine's
 * time zone never shifts a day; "today" for a district in China is the date in UTC+8.
 */
import { GongbaoError } from "../model/errors.ts";

const DAY_MS = 86_400_000;
/** China has one time zone and no daylight saving: a fixed offset is exact. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Milliseconds of an ISO date at UTC midnight; rejects impossible dates such as 2021-04-31. */
export function dateMs(iso: string): number {
  const ms = ISO.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) {
    throw new GongbaoError("bad-request", `不是有效日期：${iso}`, { field: "date" });
  }
  return ms;
}

/** True when a string is a real ISO calendar date. */
export function isIsoDate(value: string): boolean {
  try {
    dateMs(value);
    return true;
  } catch {
    return false;
  }
}

/** The date `days` after (or before, if negative) an ISO date. */
export function addDays(iso: string, days: number): string {
  return new Date(dateMs(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateMs(to) - dateMs(from)) / DAY_MS);
}

/** The last day of a month (1-based). */
export function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The calendar date in China at an instant. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** An instant and its China date, from either a Date or an ISO date (taken as midnight in China). */
export function clockOf(now: Date | string): { at: string; today: string } {
  if (typeof now === "string") {
    dateMs(now);
    return { at: new Date(Date.parse(`${now}T00:00:00+08:00`)).toISOString(), today: now };
  }
  return { at: now.toISOString(), today: shanghaiDate(now) };
}

/** The year of an ISO date. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
