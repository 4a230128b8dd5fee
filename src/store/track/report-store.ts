/**
 * Progress reports in the database: a unit files (and submits) a report on a duty, a supervisor
 * accepts or returns it. An accepted version is never updated: editing it inserts version n+1.
 */
import type { Kysely } from "kysely";
import { GongbaoError } from "../../model/errors.ts";
import { clockOf } from "../../track/dates.ts";
import { editTarget, emptyReport, nextReportState, prefill, validateReport, type ReportContent, type ReportState } from "../../track/reports.ts";
import { requireSupervisor, requireUnit, type Actor } from "../../track/roles.ts";
import type { Database } from "../schema.ts";
import { guard, notFound } from "../errors.ts";
import { changed, mutation, writeAudit } from "./audit.ts";
import type { AssignmentState, ReportsTable } from "./tables.ts";

/** A stored report version. */
export interface StoredReport {
  id: number;
  dutyId: number;
  version: number;
  state: ReportState;
  content: ReportContent;
  submittedAt: string | null;
  reviewedBy: number | null;
  reviewComment: string | null;
}

type ReportRow = Omit<ReportsTable, "id"> & { id: number };

async function readings(db: Kysely<Database>, reportId: number): Promise<ReportContent["readings"]> {
  const rows = await db.selectFrom("target_readings").innerJoin("tracked_targets", "tracked_targets.id", "target_readings.tracked_target_id")
    .select(["tracked_targets.target_index", "target_readings.value", "target_readings.date"])
    .where("target_readings.report_id", "=", reportId).orderBy("target_readings.id").execute();
  return rows.map((r) => ({ targetIndex: r.target_index, value: r.value, date: r.date }));
}

async function present(db: Kysely<Database>, r: ReportRow): Promise<StoredReport> {
  return {
    id: r.id, dutyId: r.duty_id, version: r.version, state: r.state,
    content: { workDone: r.work_done, problems: r.problems, nextSteps: r.next_steps, status: r.status, evidenceUrl: r.evidence_url, readings: await readings(db, r.id) },
    submittedAt: r.submitted_at, reviewedBy: r.reviewed_by, reviewComment: r.review_comment,
  };
}

async function dutyOf(db: Kysely<Database>, dutyId: number) {
  const duty = await db.selectFrom("duties").innerJoin("assignments", "assignments.id", "duties.assignment_id")
    .innerJoin("tracked_tasks", "tracked_tasks.id", "assignments.tracked_task_id")
    .select(["duties.id", "duties.assignment_id", "duties.period_start", "assignments.org_id", "assignments.tracked_task_id", "assignments.removed_on", "tracked_tasks.standing"])
    .where("duties.id", "=", dutyId).executeTakeFirst();
  if (!duty) throw notFound(`duty #${dutyId}`);
  return duty;
}

/** Every version of the reports on a duty, oldest first. */
export async function listReports(db: Kysely<Database>, dutyId: number): Promise<StoredReport[]> {
  return guard(`reading the reports of duty #${dutyId}`, async () => {
    const rows = await db.selectFrom("reports").selectAll().where("duty_id", "=", dutyId).orderBy("version").execute();
    return Promise.all(rows.map((r) => present(db, r)));
  });
}

/** The form's starting content: this duty's latest version, else the previous period's report pre-filled. */
export async function prefillReport(db: Kysely<Database>, dutyId: number): Promise<ReportContent> {
  return guard(`pre-filling a report for duty #${dutyId}`, async () => {
    const duty = await dutyOf(db, dutyId);
    const own = await db.selectFrom("reports").selectAll().where("duty_id", "=", dutyId).orderBy("version", "desc").executeTakeFirst();
    if (own) return (await present(db, own)).content;
    const previous = await db.selectFrom("reports").innerJoin("duties", "duties.id", "reports.duty_id").selectAll("reports")
      .where("duties.assignment_id", "=", duty.assignment_id).where("duties.period_start", "<", duty.period_start)
      .orderBy("duties.period_start", "desc").orderBy("reports.version", "desc").executeTakeFirst();
    return previous ? prefill((await present(db, previous)).content) : emptyReport();
  });
}

/** Writes a report on a duty (a new version if the last one was accepted) and optionally submits it. */
export async function fileReport(
  db: Kysely<Database>, actor: Actor, input: { dutyId: number; content: unknown; submit: boolean; now: Date | string },
): Promise<StoredReport> {
  const content = validateReport(input.content);
  const { at, today } = clockOf(input.now);
  return mutation(db, `filing a report on duty #${input.dutyId}`, async (trx) => {
    const duty = await dutyOf(trx, input.dutyId);
    requireUnit(actor, duty.org_id);
    // Its reports stay readable, but a unit the corrected text no longer names reports no more.
    if (duty.removed_on !== null) throw new GongbaoError("conflict", "更正后的公报已不再列名该单位，无需继续报送");
    if (duty.standing === "withdrawn") throw new GongbaoError("conflict", "该任务已撤销，无需继续报送");
    const targets = await trx.selectFrom("tracked_targets").select(["id", "target_index"]).where("tracked_task_id", "=", duty.tracked_task_id).execute();
    const targetId = new Map(targets.map((t) => [t.target_index, t.id]));
    for (const r of content.readings) {
      if (!targetId.has(r.targetIndex)) throw new GongbaoError("bad-request", `任务没有第 ${r.targetIndex + 1} 项指标`, { field: "readings" });
    }
    const latest = await trx.selectFrom("reports").selectAll().where("duty_id", "=", input.dutyId).orderBy("version", "desc").executeTakeFirst();
    const target = editTarget(latest ? { version: latest.version, state: latest.state } : null);
    const state: ReportState = input.submit ? nextReportState("draft", "submit") : "draft";
    const fields: { submitted_on: string | null } & Omit<ReportRow, "id" | "duty_id" | "version" | "created_by" | "created_at" | "submitted_on"> = {
      state, work_done: content.workDone, problems: content.problems, next_steps: content.nextSteps, status: content.status, evidence_url: content.evidenceUrl,
      submitted_at: input.submit ? at : null, submitted_on: input.submit ? today : null, reviewed_by: null, reviewed_at: null, review_comment: null,
    };
    // A returned report keeps the date it was first submitted: timeliness is judged on that.
    const firstSubmitted = target.createNew ? null : latest?.submitted_on ?? null;
    if (firstSubmitted !== null) fields.submitted_on = firstSubmitted;
    let id: number;
    if (target.createNew || !latest) {
      ({ id } = await trx.insertInto("reports").values({ ...fields, duty_id: input.dutyId, version: target.version, created_by: actor.userId, created_at: at })
        .returning("id").executeTakeFirstOrThrow());
    } else {
      id = latest.id;
      const result = await trx.updateTable("reports").set(fields).where("id", "=", id).where("state", "in", ["draft", "returned"]).executeTakeFirst();
      if (!changed(result)) throw new GongbaoError("conflict", "报告已被他人修改，请刷新后重试");
      await trx.deleteFrom("target_readings").where("report_id", "=", id).execute();
    }
    if (content.readings.length > 0) {
      await trx.insertInto("target_readings").values(content.readings.map((r) => ({ tracked_target_id: targetId.get(r.targetIndex) ?? 0, report_id: id, value: r.value, date: r.date }))).execute();
    }
    const after = await present(trx, await trx.selectFrom("reports").selectAll().where("id", "=", id).executeTakeFirstOrThrow());
    const before = latest && !target.createNew ? await present(trx, latest) : null;
    await writeAudit(trx, { at, userId: actor.userId, action: input.submit ? "submit" : "save-draft", entity: "report", entityId: id, before, after });
    return after;
  });
}

const STATE_OF: Record<ReportContent["status"], AssignmentState> = { 未开始: "pending", 推进中: "in-progress", 已完成: "in-progress", 受阻: "blocked" };

/** A supervisor accepts a submitted report or returns it with a comment. */
export async function reviewReport(
  db: Kysely<Database>, actor: Actor, input: { reportId: number; decision: "accept" | "return"; comment?: string | undefined; now: Date | string },
): Promise<StoredReport> {
  requireSupervisor(actor);
  const { at } = clockOf(input.now);
  return mutation(db, `reviewing report #${input.reportId}`, async (trx) => {
    const row = await trx.selectFrom("reports").selectAll().where("id", "=", input.reportId).executeTakeFirst();
    if (!row) throw notFound(`report #${input.reportId}`);
    const state = nextReportState(row.state, input.decision, input.comment);
    const result = await trx.updateTable("reports").set({ state, reviewed_by: actor.userId, reviewed_at: at, review_comment: input.comment?.trim() || null })
      .where("id", "=", row.id).where("state", "=", "submitted").executeTakeFirst();
    if (!changed(result)) throw new GongbaoError("conflict", "报告已被他人审核");
    const before = await present(trx, row);
    const after = await present(trx, { ...row, state, reviewed_by: actor.userId, reviewed_at: at, review_comment: input.comment?.trim() || null });
    await writeAudit(trx, { at, userId: actor.userId, action: input.decision, entity: "report", entityId: row.id, before, after });
    if (state === "accepted") {
      const duty = await dutyOf(trx, row.duty_id);
      const assignment = await trx.selectFrom("assignments").select(["id", "state"]).where("id", "=", duty.assignment_id).executeTakeFirstOrThrow();
      const next = STATE_OF[row.status];
      // A proposed or closed assignment is past what a progress report can say.
      if (assignment.state !== next && assignment.state !== "proposed" && assignment.state !== "done") {
        await trx.updateTable("assignments").set({ state: next }).where("id", "=", assignment.id).execute();
        await writeAudit(trx, { at, userId: actor.userId, action: "update-state", entity: "assignment", entityId: assignment.id, before: { state: assignment.state }, after: { state: next } });
      }
    }
    return after;
  });
}
