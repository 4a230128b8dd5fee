/** Normalising a printed 完成时限 into the `Deadline` of the open-data contract. */
import type { Deadline, Milestone } from "../../model/index.ts";
import { foldDigitSpaces } from "../numerals/index.ts";
import { readSteps } from "./steps.ts";

/** What the caller knows about the text's setting: the year that undated months belong to. */
export interface DeadlineContext {
  year?: number;
}

const ONGOING = /长期|经常性|常态化|持续开展|定期|每年|每半年|每季度?|每月|每周|每学期/u;
const PERIODIC = /每年|每半年|每季度?|每月|每周|每学期/u;
const ANNUAL_PLAN = /按(?:照)?年度/u;

/** The deadline text as the contract prints it: digit spaces folded, no closing `。`. */
export function cleanDeadlineText(text: string): string {
  return foldDigitSpaces(text).trim().replace(/[。\s]+$/u, "");
}

/** Reads `2021年4月底前`, `2021年至2023年按年度计划落实`, `长期坚持`, … into a Deadline. */
export function parseDeadline(text: string, context: DeadlineContext = {}): Deadline {
  const clean = cleanDeadlineText(text);
  const { steps, openStarts, explicitYear } = readSteps(clean, context.year ?? null);
  const annualPlan = ANNUAL_PLAN.test(clean);
  const base = { text: clean, start: null, end: null, annual: annualPlan, milestones: [] as Milestone[] };

  // `每年12月底前…` recurs: without a printed year its months date nothing once and for all.
  const undated = steps.length === 0 && openStarts.length === 0;
  if (ONGOING.test(clean) && (undated || (PERIODIC.test(clean) && !explicitYear))) {
    return { ...base, kind: "ongoing", start: openStarts[0] ?? null, annual: annualPlan || /每年/u.test(clean) };
  }
  if (steps.length === 0) {
    const start = openStarts[0];
    return start === undefined ? { ...base, kind: "unknown" } : { ...base, kind: "range", start };
  }
  const ends = steps.map((s) => s.end);
  const end = ends.reduce((a, b) => (b > a ? b : a));
  const milestones = new Set(ends).size >= 2 ? steps.map((s) => ({ end: s.end, text: s.text })) : [];
  const spanStarts = steps.flatMap((s) => (s.spanStart === null ? [] : [s.spanStart]));
  if (spanStarts.length > 0) {
    const start = spanStarts.reduce((a, b) => (b < a ? b : a));
    return { ...base, kind: "range", start, end, milestones };
  }
  return { ...base, kind: "by", end, milestones };
}
