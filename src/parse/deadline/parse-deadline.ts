/** Normalising a printed 完成时限 into the `Deadline` of the open-data contract. */
import type { Deadline, Milestone } from "../../model/index.ts";
import { foldDigitSpaces } from "../numerals/digit-spaces.ts";
import { StepScan } from "./steps.ts";

/** What the caller knows about the text's setting: the year that undated months belong to. */
export interface DeadlineContext {
  year?: number;
}

const ONGOING = /长期|经常性|常态化|持续开展|定期|每年|每半年|每季度?|每月|每周|每学期/u;
const PERIODIC = /每年|每半年|每季度?|每月|每周|每学期/u;
const ANNUAL_PLAN = /按(?:照)?年度/u;
const EVERY_YEAR = /每年/u;
const TRAILING = /[。\s]+$/u;

/** The deadline text as the contract prints it: digit spaces folded, no closing `。`. */
export function cleanDeadlineText(text: string): string {
  const t = foldDigitSpaces(text).trim();
  // After trim only a closing `。` can start the run the replace removes.
  return t.endsWith("。") ? t.replace(TRAILING, "") : t;
}

// Literals in the contract's key order (text, start, end, annual, milestones, kind), not spreads
// of a shared base: object spreads are slow on Node 20.
function deadline(kind: Deadline["kind"], text: string, start: string | null, end: string | null, annual: boolean, milestones: Milestone[]): Deadline {
  return { text, start, end, annual, milestones, kind };
}

// The steps of the deadline being read: its end and span come from the scan's arrays, and
// objects are made only for milestones.
const STEPS = new StepScan();

/** Reads `2021年4月底前`, `2021年至2023年按年度计划落实`, `长期坚持`, … into a Deadline. */
export function parseDeadline(text: string, context: DeadlineContext = {}): Deadline {
  const clean = cleanDeadlineText(text);
  const scan = STEPS.read(clean, context.year ?? null);
  const annualPlan = ANNUAL_PLAN.test(clean);

  // `每年12月底前…` recurs: without a printed year its months date nothing once and for all.
  const undated = scan.count === 0 && scan.openStart === null;
  if (ONGOING.test(clean) && (undated || (PERIODIC.test(clean) && !scan.explicitYear))) {
    return deadline("ongoing", clean, scan.openStart, null, annualPlan || EVERY_YEAR.test(clean), []);
  }
  if (scan.count === 0) {
    const start = scan.openStart;
    return start === null ? deadline("unknown", clean, null, null, annualPlan, []) : deadline("range", clean, start, null, annualPlan, []);
  }
  let end: string | null = null;
  let spanStart: string | null = null;
  // Milestones when the steps end on two dates or more: one comparison with the first step's
  // end tells, where a Set of the ends was made (and dropped) for every deadline.
  const firstEnd = scan.ends[0];
  let twoEnds = false;
  for (let k = 0; k < scan.count; k++) {
    const stepEnd = scan.ends[k] ?? "";
    const stepSpan = scan.spanStarts[k] ?? null;
    if (end === null || stepEnd > end) end = stepEnd;
    if (stepEnd !== firstEnd) twoEnds = true;
    if (stepSpan !== null && (spanStart === null || stepSpan < spanStart)) spanStart = stepSpan;
  }
  const milestones = twoEnds ? milestonesOf(scan, clean) : [];
  return spanStart !== null
    ? deadline("range", clean, spanStart, end, annualPlan, milestones)
    : deadline("by", clean, null, end, annualPlan, milestones);
}

/** Every step of the scan as a milestone, in printed order. */
function milestonesOf(scan: StepScan, clean: string): Milestone[] {
  const out = new Array<Milestone>(scan.count);
  for (let k = 0; k < scan.count; k++) out[k] = { end: scan.ends[k] ?? "", text: scan.stepText(clean, k) };
  return out;
}
