/**
 * The 督查通报 fed by the ledger: for a period, unit by unit, the tasks closed (销号) in it, the
 * tasks overdue and those lagging (a yellow or red light for another reason), as the ledger
 * stood at the end of the period — or today, while the period is still running.
 */
import type { Kysely } from "kysely";
import type { Document } from "../model/index.ts";
import type { Database } from "../store/index.ts";
import { loadLedger } from "../store/track/index.ts";
import { addDays, buildBulletin, daysBetween, periodOf, type BulletinUnit, type CadenceEvery } from "../track/index.ts";

/** What a bulletin covers and who issues it. */
export interface BulletinOptions {
  from: string;
  to: string;
  today: string;
  issuer?: string | undefined;
}

const EVERY: CadenceEvery[] = ["month", "quarter", "half-year", "year"];

/** `2021年第二季度` when the dates are exactly a calendar period, else `2021-04-01至2021-05-15`. */
export function periodLabel(from: string, to: string): string {
  for (const every of EVERY) {
    const p = periodOf(from, every);
    if (p.start === from && p.end === to) return p.label;
  }
  return `${from}至${to}`;
}

/** The bulletin for `from`–`to` as a `gongbao/issue@1` Document. */
export async function ledgerBulletin(db: Kysely<Database>, options: BulletinOptions): Promise<Document> {
  const { from, to, today } = options;
  const asOf = to < today ? addDays(to, 1) : today;
  const ledger = await loadLedger(db, {}, asOf);
  const units = new Map<number, BulletinUnit>();
  const unit = (orgId: number, name: string): BulletinUnit => {
    const found = units.get(orgId) ?? { name, completed: [], lagging: [], overdue: [] };
    units.set(orgId, found);
    return found;
  };
  for (const task of ledger) {
    const accountable = task.assignments.filter((a) => a.role !== "cooperating");
    const named = accountable.length > 0 ? accountable : task.assignments;
    const seen = new Set<number>();
    const mine = named.filter((a) => !seen.has(a.orgId) && seen.add(a.orgId));
    const deadline = task.deadlineText;
    if (task.completionState === "accepted") {
      if (task.completedOn !== null && task.completedOn >= from && task.completedOn <= to) {
        for (const a of mine) unit(a.orgId, a.unit).completed.push({ title: task.title, deadline, note: `${task.completedOn}销号` });
      }
      continue;
    }
    const late = task.milestones.filter((m) => m.doneOn === null && m.due < asOf).sort((a, b) => a.due.localeCompare(b.due))[0];
    for (const a of mine) {
      if (late) unit(a.orgId, a.unit).overdue.push({ title: task.title, deadline, note: `已逾期 ${daysBetween(late.due, asOf)} 天` });
      else if (a.light.color === "red" || a.light.color === "yellow") unit(a.orgId, a.unit).lagging.push({ title: task.title, deadline, note: a.light.reasons[0] });
      else unit(a.orgId, a.unit);
    }
  }
  return buildBulletin({
    period: { label: periodLabel(from, to), start: from, end: to },
    issuer: options.issuer ?? "区人民政府督查室",
    date: today,
    units: [...units.values()],
  });
}
