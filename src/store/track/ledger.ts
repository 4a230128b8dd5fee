/**
 * Reads the ledger and computes its lights: tracked tasks with their assignments, milestones,
 * duties and the reports filed on them. Lights are computed on read, from `today`, so they are
 * never stale and the rules live in one place (src/track/light.ts).
 */
import type { Kysely } from "kysely";
import { z } from "zod";
import { Deadline } from "../../model/issue.ts";
import { assignmentLight, taskLight, type AssignmentLightInput, type Light, type LightColor, type LightOverride } from "../../track/light.ts";
import type { CompletionState } from "../../track/completion.ts";
import type { ReportState, ReportStatus } from "../../track/reports.ts";
import type { Database, TaskRole } from "../schema.ts";
import { guard } from "../errors.ts";
import { fromJson } from "../json.ts";
import type { AssignmentState, TrackedTaskStanding } from "./tables.ts";

/** A reporting duty with where its reports stand. */
export interface DutyView {
  id: number;
  label: string;
  periodStart: string;
  periodEnd: string;
  due: string;
  filedOn: string | null;
  reportId: number | null;
  reportState: ReportState | null;
  reportStatus: ReportStatus | null;
  reportVersion: number | null;
}

/** One unit's assignment with its light. */
export interface AssignmentView {
  id: number;
  orgId: number;
  unit: string;
  role: TaskRole;
  state: AssignmentState;
  light: Light;
  duties: DutyView[];
}

/** A dated step of a task. */
export interface MilestoneView {
  id: number;
  assignmentId: number | null;
  due: string;
  label: string;
  doneOn: string | null;
}

/** An assignment of a unit a corrected text no longer names: history, not accountable. */
export interface FormerAssignmentView extends AssignmentView {
  removedOn: string;
}

/** A tracked task as lists and dashboards show it. */
export interface TrackedTaskView {
  id: number;
  taskId: number;
  documentId: number;
  documentTitle: string | null;
  title: string;
  path: string[];
  deadlineText: string | null;
  completionState: CompletionState;
  completionComment: string | null;
  completedOn: string | null;
  /** `withdrawn` tasks are read only where asked for by id (see {@link LedgerFilter}). */
  standing: TrackedTaskStanding;
  light: Light;
  milestones: MilestoneView[];
  /** The units the task names now: they carry its light, duties and scores. */
  assignments: AssignmentView[];
  /** Units an earlier text named, with their duties and reports, kept for the record. */
  formerAssignments: FormerAssignmentView[];
}

/**
 * Which tracked tasks to read; `orgId` keeps tasks in which that unit has any role it still holds.
 * Withdrawn (撤销) tasks are left out — they count nowhere — unless `withdrawn` is true, as a
 * task's own page asks, since their history stays readable.
 */
export interface LedgerFilter {
  orgId?: number | undefined;
  documentId?: number | undefined;
  trackedTaskId?: number | undefined;
  withdrawn?: boolean | undefined;
}

const Path = z.array(z.string());
const NullableDeadline = Deadline.nullable();

function override(color: LightColor | null, reason: string | null): LightOverride | null {
  return color === null ? null : { color, reason: reason ?? "" };
}

function trackedIds(db: Kysely<Database>, filter: LedgerFilter) {
  let q = db.selectFrom("tracked_tasks").select("tracked_tasks.id");
  if (filter.withdrawn !== true) q = q.where("tracked_tasks.standing", "!=", "withdrawn");
  if (filter.documentId !== undefined) q = q.where("tracked_tasks.document_id", "=", filter.documentId);
  if (filter.trackedTaskId !== undefined) q = q.where("tracked_tasks.id", "=", filter.trackedTaskId);
  if (filter.orgId !== undefined) {
    const orgId = filter.orgId;
    q = q.where((eb) => eb.exists(eb.selectFrom("assignments").select("assignments.id")
      .whereRef("assignments.tracked_task_id", "=", "tracked_tasks.id").where("assignments.org_id", "=", orgId).where("assignments.removed_on", "is", null)));
  }
  return q;
}

/** Reads tracked tasks (in task order) with everything their lights need, lights computed for `today`. */
export async function loadLedger(db: Kysely<Database>, filter: LedgerFilter, today: string): Promise<TrackedTaskView[]> {
  return guard("reading the supervision ledger", async () => {
    const ids = trackedIds(db, filter);
    const tasks = await db.selectFrom("tracked_tasks").innerJoin("tasks", "tasks.id", "tracked_tasks.task_id")
      .innerJoin("documents", "documents.id", "tracked_tasks.document_id")
      .select(["tracked_tasks.id", "tracked_tasks.task_id", "tracked_tasks.document_id", "documents.title as document_title", "tasks.title", "tasks.path",
        "tasks.deadline", "tracked_tasks.completion_state", "tracked_tasks.completion_comment", "tracked_tasks.completed_on",
        "tracked_tasks.light_override", "tracked_tasks.override_reason", "tracked_tasks.standing"])
      .where("tracked_tasks.id", "in", ids).orderBy("tracked_tasks.task_id").execute();
    if (tasks.length === 0) return [];
    const assignments = await db.selectFrom("assignments").innerJoin("orgs", "orgs.id", "assignments.org_id")
      .select(["assignments.id", "assignments.tracked_task_id", "assignments.org_id", "orgs.name", "assignments.role", "assignments.state",
        "assignments.light_override", "assignments.override_reason", "assignments.removed_on"])
      .where("assignments.tracked_task_id", "in", ids).orderBy("assignments.id").execute();
    const milestones = await db.selectFrom("milestones").selectAll().where("tracked_task_id", "in", ids).orderBy("tracked_task_id").orderBy("seq").execute();
    const duties = await db.selectFrom("duties").innerJoin("assignments", "assignments.id", "duties.assignment_id")
      .select(["duties.id", "duties.assignment_id", "duties.label", "duties.period_start", "duties.period_end", "duties.due"])
      .where("assignments.tracked_task_id", "in", ids).orderBy("duties.period_start").execute();
    const reports = await db.selectFrom("reports").innerJoin("duties", "duties.id", "reports.duty_id")
      .innerJoin("assignments", "assignments.id", "duties.assignment_id")
      .select(["reports.id", "reports.duty_id", "reports.version", "reports.state", "reports.status", "reports.submitted_on"])
      .where("assignments.tracked_task_id", "in", ids).orderBy("reports.version").execute();

    const byDuty = new Map<number, typeof reports>();
    for (const r of reports) byDuty.set(r.duty_id, [...(byDuty.get(r.duty_id) ?? []), r]);
    const dutyViews = new Map<number, DutyView[]>();
    for (const d of duties) {
      const versions = byDuty.get(d.id) ?? [];
      const latest = versions[versions.length - 1];
      // Timeliness counts from the first submission, even if the report was later returned.
      const filed = versions.map((v) => v.submitted_on).filter((x): x is string => x !== null).sort()[0] ?? null;
      const view: DutyView = {
        id: d.id, label: d.label, periodStart: d.period_start, periodEnd: d.period_end, due: d.due, filedOn: filed,
        reportId: latest?.id ?? null, reportState: latest?.state ?? null, reportStatus: latest?.status ?? null, reportVersion: latest?.version ?? null,
      };
      dutyViews.set(d.assignment_id, [...(dutyViews.get(d.assignment_id) ?? []), view]);
    }

    return tasks.map((t): TrackedTaskView => {
      const ms = milestones.filter((m) => m.tracked_task_id === t.id)
        .map((m): MilestoneView => ({ id: m.id, assignmentId: m.assignment_id, due: m.due, label: m.label, doneOn: m.done_on }));
      const inputs: (AssignmentLightInput & { role: TaskRole })[] = [];
      const former: FormerAssignmentView[] = [];
      const views = assignments.filter((a) => a.tracked_task_id === t.id).flatMap((a): AssignmentView[] => {
        const ds = dutyViews.get(a.id) ?? [];
        const lastReported = [...ds].reverse().find((d) => d.reportState === "submitted" || d.reportState === "accepted");
        const input: AssignmentLightInput & { role: TaskRole } = {
          unit: a.name,
          role: a.role,
          done: a.state === "done" || t.completion_state === "accepted",
          blocked: lastReported?.reportStatus === "受阻",
          milestones: ms.filter((m) => m.assignmentId === null || m.assignmentId === a.id).map((m) => ({ due: m.due, label: m.label, doneAt: m.doneOn })),
          duties: ds.map((d) => ({ label: d.label, due: d.due, filedOn: d.filedOn })),
          override: override(a.light_override, a.override_reason),
        };
        const view: AssignmentView = { id: a.id, orgId: a.org_id, unit: a.name, role: a.role, state: a.state, light: assignmentLight(input, today), duties: ds };
        // A unit no longer named keeps its record but neither colours the task nor counts.
        if (a.removed_on !== null) {
          former.push({ ...view, removedOn: a.removed_on });
          return [];
        }
        inputs.push(input);
        return [view];
      });
      // The accountable units (牵头/责任) carry the task's light; 配合 units only where none is named.
      const accountable = inputs.filter((i) => i.role !== "cooperating");
      const deadline = t.deadline === null ? null : fromJson(NullableDeadline, t.deadline, `deadline of task #${t.task_id}`);
      return {
        id: t.id, taskId: t.task_id, documentId: t.document_id, documentTitle: t.document_title, title: t.title,
        path: fromJson(Path, t.path, `path of task #${t.task_id}`), deadlineText: deadline?.text ?? null,
        completionState: t.completion_state, completionComment: t.completion_comment, completedOn: t.completed_on, standing: t.standing,
        light: taskLight(accountable.length > 0 ? accountable : inputs, today, override(t.light_override, t.override_reason)),
        milestones: ms, assignments: views, formerAssignments: former,
      };
    });
  });
}

/** Filters for {@link listTrackedTasks}. */
export interface TrackedTaskFilter extends LedgerFilter {
  light?: LightColor | undefined;
  today: string;
}

/** Tracked tasks, optionally of one unit, one document or one light colour. */
export async function listTrackedTasks(db: Kysely<Database>, filter: TrackedTaskFilter): Promise<TrackedTaskView[]> {
  const tasks = await loadLedger(db, filter, filter.today);
  return filter.light === undefined ? tasks : tasks.filter((t) => t.light.color === filter.light);
}
