/**
 * A tracked task's calendar, shared by first tracking and by carrying a task over to a corrected
 * version: milestones from the task's deadline, the span its units report over, and the duty
 * rows for that span. Kept apart so both paths read a deadline the same way.
 */
import type { Kysely } from "kysely";
import { Deadline } from "../../model/issue.ts";
import { yearOf } from "../../track/dates.ts";
import { reportingDuties, type Cadence } from "../../track/duties.ts";
import { milestonesFor, type MilestoneDue } from "../../track/milestones.ts";
import type { Database, TaskRole } from "../schema.ts";
import { fromJson } from "../json.ts";

/** The roles that report (牵头, 责任); 配合 units are named but do not report. */
export const DUTY_ROLES: readonly TaskRole[] = ["lead", "responsible"];

const NullableDeadline = Deadline.nullable();

/** Dates a task's units report between. */
export interface Span {
  start: string;
  end: string;
}

/** A task's milestones and reporting span. */
export interface TaskSchedule {
  milestones: MilestoneDue[];
  span: Span;
}

/**
 * Milestones from the stored deadline; the span runs from the document's date (else the
 * issue's, the deadline's start, today) to the last milestone, or to the end of this year for
 * open-ended work.
 */
export function taskSchedule(task: { id: number; deadline: string | null; date: string | null }, issueDate: string | null, today: string): TaskSchedule {
  const deadline = task.deadline === null ? null : fromJson(NullableDeadline, task.deadline, `deadline of task #${task.id}`);
  const milestones = milestonesFor(deadline);
  const start = task.date ?? issueDate ?? deadline?.start ?? today;
  const last = milestones.reduce<string | null>((m, d) => (m === null || d.due > m ? d.due : m), null);
  const end = last ?? `${Math.max(yearOf(today), yearOf(start))}-12-31`;
  return { milestones, span: { start, end: end < start ? start : end } };
}

/** An assignment that reports, with the date its unit was named (null: from the start). */
export interface ReportingAssignment {
  id: number;
  named_on: string | null;
}

/**
 * Inserts the duties of the span's periods that the assignments do not have yet; returns how
 * many. A unit named by a correction owes nothing for periods that ended before it was named.
 */
export async function addDuties(trx: Kysely<Database>, assignments: readonly ReportingAssignment[], span: Span, cadence: Cadence): Promise<number> {
  if (assignments.length === 0) return 0;
  const periods = reportingDuties({ ...span, cadence });
  const existing = await trx.selectFrom("duties").select(["assignment_id", "period_start"]).where("assignment_id", "in", assignments.map((a) => a.id)).execute();
  const have = new Set(existing.map((d) => `${d.assignment_id}|${d.period_start}`));
  const rows = assignments.flatMap(({ id, named_on: namedOn }) => periods.filter((p) => !have.has(`${id}|${p.periodStart}`) && (namedOn === null || p.periodEnd >= namedOn)).map((p) => ({
    assignment_id: id, period_start: p.periodStart, period_end: p.periodEnd, due: p.due, label: p.label,
  })));
  if (rows.length > 0) await trx.insertInto("duties").values(rows).execute();
  return rows.length;
}
