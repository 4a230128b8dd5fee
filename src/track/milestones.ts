/**
 * Milestones: the dates by which a task (or a step of it) must be done, read from its parsed
 * 完成时限. Ongoing and undated work has none; it is followed through reporting duties instead.
 */
import type { Deadline } from "../model/issue.ts";
import { yearOf } from "./dates.ts";

/** One dated step a task must reach. */
export interface MilestoneDue {
  due: string;
  label: string;
}

/** The milestones of a deadline, in date order (see the file comment for the rules). */
export function milestonesFor(deadline: Deadline | null): MilestoneDue[] {
  if (!deadline) return [];
  const steps = deadline.milestones.length > 0 ? deadline.milestones.map((m) => ({ due: m.end, label: m.text || deadline.text })) : plain(deadline);
  // Steps are printed in any order (`8月份实行寄宿制；4月份…晚自习`); the ledger follows the calendar.
  return steps.map((s, i) => ({ ...s, i })).sort((a, b) => a.due.localeCompare(b.due) || a.i - b.i).map(({ due, label }) => ({ due, label }));
}

function plain(deadline: Deadline): MilestoneDue[] {
  const { kind, start, end, annual, text } = deadline;
  if (end === null || (kind !== "by" && kind !== "range")) return [];
  if (kind === "by" || !annual) return [{ due: end, label: text }];
  // An annual plan (按年度计划落实) is checked at every year's end, not only at the last one.
  const first = start === null ? yearOf(end) : yearOf(start);
  const result: MilestoneDue[] = [];
  for (let year = first; year <= yearOf(end); year++) {
    const due = `${year}-12-31`;
    if (due <= end && (start === null || due >= start)) result.push({ due, label: `${year}年度任务（${text}）` });
  }
  const last = result[result.length - 1];
  if (!last || last.due !== end) result.push({ due: end, label: text });
  return result;
}
