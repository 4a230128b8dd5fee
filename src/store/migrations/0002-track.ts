/**
 * The supervision ledger (督查督办): users and sessions, tracked tasks with per-unit assignments,
 * milestones, reporting duties, versioned reports, targets and readings, supervision actions,
 * assessment exemptions and an audit log that triggers make append-only in both dialects.
 * Ledger rows refer to tasks without ON DELETE CASCADE: a task under supervision must not
 * disappear with a deleted issue.
 */
import { sql, type Kysely } from "kysely";
import { dialectOf } from "../connect.ts";
import { quirksOf } from "../quirks.ts";

const APPEND_ONLY = "audit log is append-only";

async function appendOnly(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === "sqlite") {
    for (const op of ["UPDATE", "DELETE"]) {
      await sql.raw(`CREATE TRIGGER audit_log_no_${op.toLowerCase()} BEFORE ${op} ON audit_log BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END`).execute(db);
    }
    return;
  }
  await sql.raw(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION '${APPEND_ONLY}' USING ERRCODE = 'restrict_violation'; END $$`).execute(db);
  await sql.raw("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()").execute(db);
  await sql.raw("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()").execute(db);
}

/** Creates the ledger's tables, indexes and audit triggers. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { autoId } = quirksOf(db);
  const s = db.schema;

  await s.createTable("users")
    .addColumn("id", "integer", autoId)
    .addColumn("username", "text", (c) => c.notNull().unique())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("org_id", "integer", (c) => c.references("orgs.id"))
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await s.createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await s.createIndex("sessions_user").on("sessions").column("user_id").execute();

  await s.createTable("tracked_tasks")
    .addColumn("id", "integer", autoId)
    .addColumn("task_id", "integer", (c) => c.notNull().unique().references("tasks.id"))
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .addColumn("issue_id", "integer", (c) => c.notNull().references("issues.id"))
    .addColumn("cadence", "text", (c) => c.notNull())
    .addColumn("light_override", "text")
    .addColumn("override_reason", "text")
    .addColumn("override_by", "integer", (c) => c.references("users.id"))
    .addColumn("completion_state", "text", (c) => c.notNull().defaultTo("none"))
    .addColumn("completion_note", "text")
    .addColumn("completion_comment", "text")
    .addColumn("completion_proposed_at", "text")
    .addColumn("completed_on", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await s.createIndex("tracked_tasks_document").on("tracked_tasks").column("document_id").execute();
  await s.createIndex("tracked_tasks_issue").on("tracked_tasks").column("issue_id").execute();

  await s.createTable("assignments")
    .addColumn("id", "integer", autoId)
    .addColumn("tracked_task_id", "integer", (c) => c.notNull().references("tracked_tasks.id"))
    .addColumn("org_id", "integer", (c) => c.notNull().references("orgs.id"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull().defaultTo("pending"))
    .addColumn("light_override", "text")
    .addColumn("override_reason", "text")
    .addUniqueConstraint("assignments_task_org_role", ["tracked_task_id", "org_id", "role"])
    .execute();
  await s.createIndex("assignments_org").on("assignments").columns(["org_id", "role"]).execute();

  await s.createTable("milestones")
    .addColumn("id", "integer", autoId)
    .addColumn("tracked_task_id", "integer", (c) => c.notNull().references("tracked_tasks.id"))
    .addColumn("assignment_id", "integer", (c) => c.references("assignments.id"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("due", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("done_on", "text")
    .addUniqueConstraint("milestones_task_seq", ["tracked_task_id", "seq"])
    .execute();
  await s.createIndex("milestones_due").on("milestones").column("due").execute();

  await s.createTable("duties")
    .addColumn("id", "integer", autoId)
    .addColumn("assignment_id", "integer", (c) => c.notNull().references("assignments.id"))
    .addColumn("period_start", "text", (c) => c.notNull())
    .addColumn("period_end", "text", (c) => c.notNull())
    .addColumn("due", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addUniqueConstraint("duties_assignment_period", ["assignment_id", "period_start"])
    .execute();
  await s.createIndex("duties_due").on("duties").column("due").execute();

  await s.createTable("reports")
    .addColumn("id", "integer", autoId)
    .addColumn("duty_id", "integer", (c) => c.notNull().references("duties.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("work_done", "text", (c) => c.notNull())
    .addColumn("problems", "text", (c) => c.notNull())
    .addColumn("next_steps", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("evidence_url", "text")
    .addColumn("created_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("submitted_at", "text")
    .addColumn("submitted_on", "text")
    .addColumn("reviewed_by", "integer", (c) => c.references("users.id"))
    .addColumn("reviewed_at", "text")
    .addColumn("review_comment", "text")
    .addUniqueConstraint("reports_duty_version", ["duty_id", "version"])
    .execute();

  await s.createTable("tracked_targets")
    .addColumn("id", "integer", autoId)
    .addColumn("tracked_task_id", "integer", (c) => c.notNull().references("tracked_tasks.id"))
    .addColumn("target_index", "integer", (c) => c.notNull())
    .addColumn("metric", "text", (c) => c.notNull())
    .addColumn("comparator", "text", (c) => c.notNull())
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("baseline", "double precision")
    .addColumn("due", "text")
    .addUniqueConstraint("tracked_targets_task_index", ["tracked_task_id", "target_index"])
    .execute();

  await s.createTable("target_readings")
    .addColumn("id", "integer", autoId)
    .addColumn("tracked_target_id", "integer", (c) => c.notNull().references("tracked_targets.id"))
    .addColumn("report_id", "integer", (c) => c.notNull().references("reports.id"))
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("date", "text", (c) => c.notNull())
    .execute();
  await s.createIndex("target_readings_target").on("target_readings").columns(["tracked_target_id", "date"]).execute();

  await s.createTable("supervision_actions")
    .addColumn("id", "integer", autoId)
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("org_id", "integer", (c) => c.notNull().references("orgs.id"))
    .addColumn("tracked_task_id", "integer", (c) => c.references("tracked_tasks.id"))
    .addColumn("message", "text", (c) => c.notNull())
    .addColumn("response_due", "text")
    .addColumn("created_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("response", "text")
    .addColumn("responded_by", "integer", (c) => c.references("users.id"))
    .addColumn("responded_at", "text")
    .execute();
  await s.createIndex("supervision_actions_org").on("supervision_actions").columns(["org_id", "created_at"]).execute();

  await s.createTable("assessment_exemptions")
    .addColumn("id", "integer", autoId)
    .addColumn("org_id", "integer", (c) => c.notNull().references("orgs.id"))
    .addColumn("fact_ref", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("created_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("assessment_exemptions_fact", ["org_id", "fact_ref"])
    .execute();

  await s.createTable("audit_log")
    .addColumn("id", "integer", autoId)
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("user_id", "integer", (c) => c.references("users.id"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("before", "text")
    .addColumn("after", "text")
    .execute();
  await s.createIndex("audit_log_entity").on("audit_log").columns(["entity", "entity_id", "id"]).execute();
  await appendOnly(db);
}

/** Drops everything {@link up} created, children first; the audit triggers go with their table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = ["audit_log", "assessment_exemptions", "supervision_actions", "target_readings", "tracked_targets", "reports", "duties", "milestones", "assignments", "tracked_tasks", "sessions", "users"];
  for (const table of tables) await db.schema.dropTable(table).ifExists().execute();
  if (dialectOf(db) === "postgres") await sql.raw("DROP FUNCTION IF EXISTS audit_log_append_only()").execute(db);
}
