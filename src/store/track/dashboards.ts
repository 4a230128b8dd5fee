/**
 * The two views supervision runs on: a unit's own dashboard (its tasks, open duties and
 * unanswered actions) and the supervisors' cockpit (every unit's punctuality, each document's
 * completion, what is overdue and what falls due in the next 30 days).
 */
import type { Kysely } from "kysely";
import { addDays, daysBetween } from "../../track/dates.ts";
import { YELLOW_WINDOW_DAYS, worse, type LightColor } from "../../track/light.ts";
import type { Database } from "../schema.ts";
import { guard, notFound } from "../errors.ts";
import { loadLedger, type AssignmentView, type TrackedTaskView } from "./ledger.ts";
import { listSupervisionActions, type SupervisionAction } from "./supervision-store.ts";

/** Lights counted by colour. */
export type LightCounts = Record<LightColor, number>;

/** A duty still to be reported on. */
export interface OpenDuty {
  dutyId: number;
  trackedTaskId: number;
  taskTitle: string;
  label: string;
  due: string;
  late: boolean;
  reportState: AssignmentView["duties"][number]["reportState"];
}

/** One unit's dashboard. */
export interface UnitDashboard {
  org: { id: number; name: string };
  counts: LightCounts;
  tasks: { task: TrackedTaskView; assignment: AssignmentView }[];
  openDuties: OpenDuty[];
  openActions: SupervisionAction[];
}

function unitLight(assignments: AssignmentView[], orgId: number): LightColor {
  return assignments.filter((a) => a.orgId === orgId).reduce<LightColor>((c, a) => worse(c, a.light.color), "grey");
}

const zero = (): LightCounts => ({ red: 0, yellow: 0, green: 0, grey: 0 });
const RANK = { lead: 0, responsible: 1, cooperating: 2 } as const;

/** A unit's tasks with its own light on each, its unreported duties and unanswered actions. */
export async function unitDashboard(db: Kysely<Database>, orgId: number, today: string): Promise<UnitDashboard> {
  const org = await guard("reading an organisation", () => db.selectFrom("orgs").select(["id", "name"]).where("id", "=", orgId).executeTakeFirst());
  if (!org) throw notFound(`organisation #${orgId}`);
  const ledger = await loadLedger(db, { orgId }, today);
  const counts = zero();
  const tasks: UnitDashboard["tasks"] = [];
  const openDuties: OpenDuty[] = [];
  for (const task of ledger) {
    const mine = task.assignments.filter((a) => a.orgId === orgId).sort((a, b) => RANK[a.role] - RANK[b.role]);
    const assignment = mine[0];
    if (!assignment) continue;
    counts[assignment.light.color] += 1;
    tasks.push({ task, assignment });
    for (const d of mine.flatMap((a) => a.duties)) {
      if (d.reportState === "submitted" || d.reportState === "accepted" || d.periodStart > today) continue;
      openDuties.push({ dutyId: d.id, trackedTaskId: task.id, taskTitle: task.title, label: d.label, due: d.due, late: d.due < today, reportState: d.reportState });
    }
  }
  openDuties.sort((a, b) => a.due.localeCompare(b.due) || a.dutyId - b.dutyId);
  return { org, counts, tasks, openDuties, openActions: await listSupervisionActions(db, { orgId, open: true }) };
}

/** One unit's line in the cockpit; `onTimeRate` is reports filed by their due date over reports due. */
export interface UnitSummary {
  orgId: number;
  unit: string;
  tasks: number;
  counts: LightCounts;
  dutiesDue: number;
  onTime: number;
  onTimeRate: number | null;
  missingReports: number;
  overdue: number;
}

/** A task past a deadline. */
export interface OverdueItem {
  trackedTaskId: number;
  title: string;
  units: string[];
  due: string;
  days: number;
}

/** Something falling due soon: a milestone or a report. */
export interface UpcomingItem {
  kind: "milestone" | "report";
  trackedTaskId: number;
  title: string;
  units: string[];
  due: string;
  label: string;
}

/** The supervisors' overview. */
export interface Cockpit {
  counts: LightCounts;
  units: UnitSummary[];
  documents: { documentId: number; title: string | null; tasks: number; completed: number; rate: number }[];
  overdue: OverdueItem[];
  upcoming: UpcomingItem[];
}

/** The overview of the whole ledger on `today`. */
export async function cockpit(db: Kysely<Database>, today: string): Promise<Cockpit> {
  const ledger = await loadLedger(db, {}, today);
  const horizon = addDays(today, YELLOW_WINDOW_DAYS);
  const counts = zero();
  const units = new Map<number, UnitSummary>();
  const documents = new Map<number, Cockpit["documents"][number]>();
  const overdue: OverdueItem[] = [];
  const upcoming: UpcomingItem[] = [];
  for (const task of ledger) {
    counts[task.light.color] += 1;
    const doc = documents.get(task.documentId) ?? { documentId: task.documentId, title: task.documentTitle, tasks: 0, completed: 0, rate: 0 };
    doc.tasks += 1;
    if (task.completionState === "accepted") doc.completed += 1;
    documents.set(task.documentId, doc);
    const accountable = task.assignments.filter((a) => a.role !== "cooperating");
    const names = [...new Set(accountable.map((a) => a.unit))];
    const open = task.completionState === "accepted" ? [] : task.milestones.filter((m) => m.doneOn === null);
    for (const m of open) {
      if (m.due < today) overdue.push({ trackedTaskId: task.id, title: task.title, units: names, due: m.due, days: daysBetween(m.due, today) });
      else if (m.due <= horizon) upcoming.push({ kind: "milestone", trackedTaskId: task.id, title: task.title, units: names, due: m.due, label: m.label });
    }
    const counted = new Set<number>();
    for (const a of accountable) {
      const s = units.get(a.orgId) ?? { orgId: a.orgId, unit: a.unit, tasks: 0, counts: zero(), dutiesDue: 0, onTime: 0, onTimeRate: null, missingReports: 0, overdue: 0 };
      // A unit named twice on one task (牵头 and 责任) is one task with one light: its worse one.
      if (!counted.has(a.orgId)) {
        counted.add(a.orgId);
        s.tasks += 1;
        s.counts[unitLight(accountable, a.orgId)] += 1;
        if (open.some((m) => m.due < today)) s.overdue += 1;
      }
      for (const d of a.duties) {
        if (d.due >= today) {
          if (d.due <= horizon && d.filedOn === null) upcoming.push({ kind: "report", trackedTaskId: task.id, title: task.title, units: [a.unit], due: d.due, label: `${d.label}进展报告` });
          continue;
        }
        s.dutiesDue += 1;
        if (d.filedOn === null) s.missingReports += 1;
        else if (d.filedOn <= d.due) s.onTime += 1;
      }
      units.set(a.orgId, s);
    }
  }
  for (const s of units.values()) s.onTimeRate = s.dutiesDue === 0 ? null : Math.round((s.onTime / s.dutiesDue) * 1000) / 1000;
  for (const d of documents.values()) d.rate = d.tasks === 0 ? 0 : Math.round((d.completed / d.tasks) * 1000) / 1000;
  return {
    counts,
    units: [...units.values()].sort((a, b) => b.counts.red - a.counts.red || b.missingReports - a.missingReports || a.orgId - b.orgId),
    documents: [...documents.values()].sort((a, b) => a.documentId - b.documentId),
    overdue: overdue.sort((a, b) => a.due.localeCompare(b.due) || a.trackedTaskId - b.trackedTaskId),
    upcoming: upcoming.sort((a, b) => a.due.localeCompare(b.due) || a.trackedTaskId - b.trackedTaskId),
  };
}
