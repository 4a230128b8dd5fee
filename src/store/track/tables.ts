/**
 * The supervision ledger's tables as Kysely sees them (migrations 0002-track, 0003-assignment-span,
 * 0004-tracked-task-standing). Dates are ISO `YYYY-MM-DD` text, instants ISO timestamps, JSON
 * columns text, flags 0/1 — as in the rest of the store, so rows read the same on SQLite and
 * PostgreSQL.
 */
import type { ColumnType, Generated } from "kysely";
import type { TaskRole } from "../schema.ts";
import type { CompletionState } from "../../track/completion.ts";
import type { LightColor } from "../../track/light.ts";
import type { ReportState, ReportStatus } from "../../track/reports.ts";
import type { UserRole } from "../../track/roles.ts";

/** Where one unit stands on one task. */
export type AssignmentState = "pending" | "in-progress" | "blocked" | "proposed" | "done";

/** A person who signs in. */
export interface UsersTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  role: UserRole;
  org_id: number | null;
  active: number;
  created_at: string;
}

/** A signed-in session; the id is the SHA-256 of the cookie token, never the token itself. */
export interface SessionsTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** Whether a tracked task counts: `kept` and `withdrawn` are a supervisor's decisions on an orphan of a correction. */
export type TrackedTaskStanding = "active" | "kept" | "withdrawn";

/** A parsed task under supervision. */
export interface TrackedTasksTable {
  id: Generated<number>;
  task_id: number;
  document_id: number;
  issue_id: number;
  cadence: string;
  light_override: LightColor | null;
  override_reason: string | null;
  override_by: number | null;
  completion_state: CompletionState;
  completion_note: string | null;
  completion_comment: string | null;
  completion_proposed_at: string | null;
  completed_on: string | null;
  created_at: string;
  /** `withdrawn` (撤销) tasks no longer count in lights, dashboards, assessments or bulletins. */
  standing: ColumnType<TrackedTaskStanding, TrackedTaskStanding | undefined, TrackedTaskStanding>;
}

/** One unit's part in a tracked task, in one role. */
export interface AssignmentsTable {
  id: Generated<number>;
  tracked_task_id: number;
  org_id: number;
  role: TaskRole;
  state: AssignmentState;
  light_override: LightColor | null;
  override_reason: string | null;
  /** The China date a corrected text first named the unit; null when named from the start. */
  named_on: ColumnType<string | null, string | null | undefined, string | null>;
  /** The China date a corrected text stopped naming the unit; null while it is named (and accountable). */
  removed_on: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A dated step; `assignment_id` null means it binds every unit of the task. */
export interface MilestonesTable {
  id: Generated<number>;
  tracked_task_id: number;
  assignment_id: number | null;
  seq: number;
  due: string;
  label: string;
  done_on: string | null;
}

/** A period a unit must report on. */
export interface DutiesTable {
  id: Generated<number>;
  assignment_id: number;
  period_start: string;
  period_end: string;
  due: string;
  label: string;
}

/** One version of a progress report on a duty. */
export interface ReportsTable {
  id: Generated<number>;
  duty_id: number;
  version: number;
  state: ReportState;
  work_done: string;
  problems: string;
  next_steps: string;
  status: ReportStatus;
  evidence_url: string | null;
  created_by: number;
  created_at: string;
  /** The latest submission. */
  submitted_at: string | null;
  /** The China date of the first submission of this version; timeliness is judged on it. */
  submitted_on: string | null;
  reviewed_by: number | null;
  reviewed_at: string | null;
  review_comment: string | null;
}

/** A numeric target of a tracked task, with an optional baseline. */
export interface TrackedTargetsTable {
  id: Generated<number>;
  tracked_task_id: number;
  target_index: number;
  metric: string;
  comparator: string;
  value: number;
  unit: string;
  baseline: number | null;
  due: string | null;
}

/** A reading of a target, reported in a report. */
export interface TargetReadingsTable {
  id: Generated<number>;
  tracked_target_id: number;
  report_id: number;
  value: number;
  date: string;
}

/** A 催办 (reminder) or 督办单 (supervision order) to a unit. */
export interface SupervisionActionsTable {
  id: Generated<number>;
  kind: "reminder" | "order";
  org_id: number;
  tracked_task_id: number | null;
  message: string;
  response_due: string | null;
  created_by: number;
  created_at: string;
  response: string | null;
  responded_by: number | null;
  responded_at: string | null;
}

/** A fact a supervisor exempts from scoring, with the reason. */
export interface AssessmentExemptionsTable {
  id: Generated<number>;
  org_id: number;
  fact_ref: string;
  reason: string;
  created_by: number;
  created_at: string;
}

/** One append-only audit entry; database triggers refuse UPDATE and DELETE. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

/** All ledger tables. */
export interface TrackTables {
  users: UsersTable;
  sessions: SessionsTable;
  tracked_tasks: TrackedTasksTable;
  assignments: AssignmentsTable;
  milestones: MilestonesTable;
  duties: DutiesTable;
  reports: ReportsTable;
  tracked_targets: TrackedTargetsTable;
  target_readings: TargetReadingsTable;
  supervision_actions: SupervisionActionsTable;
  assessment_exemptions: AssessmentExemptionsTable;
  audit_log: AuditLogTable;
}
