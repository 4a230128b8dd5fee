/**
 * A corrected text of the sample issue on both dialects: the ledger follows the correction —
 * reports, overrides and done milestones stay, a newly named unit is assigned, a unit no longer
 * named stops counting, a deleted task's tracked task is reported as orphaned.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import { GongbaoError } from "../../model/errors.ts";
import type { Actor } from "../../track/roles.ts";
import { parseIssue } from "../../parse/index.ts";
import { openTestDatabase, testDialects, type TestDatabase } from "../test-databases.ts";
import type { Database } from "../schema.ts";
import { findOrgByName, migrate, saveIssue } from "../index.ts";
import { correctedSampleText, SAMPLE_FILE, sampleText, secondCorrectionText } from "./corrected-sample.ts";
import {
  createUser, fileReport, listAudit, listTrackedTasks, markMilestoneDone, overrideLight, proposeCompletion, reviewReport,
  setTargetBaseline, taskTargets, trackIssueTasks, unitDashboard, type TrackedTaskView,
} from "./index.ts";

const FILE = SAMPLE_FILE;
const original = sampleText();
const corrected = correctedSampleText;

const report = { workDone: "新增普惠性幼儿园学位300个", problems: "", nextSteps: "继续推进", status: "推进中", readings: [], evidenceUrl: null };

describe.each(testDialects())("carrying the ledger over to a corrected issue on %s", (dialect) => {
  let t: TestDatabase;
  let db: Kysely<Database>;
  let v1: number;
  let admin: Actor;
  let supervisor: Actor;
  let edu: Actor;
  let fin: Actor;
  let auditOrg: number;
  const ids = { preschool: 0, reform: 0, funding: 0, byApril: 0, list: 0, orphan: 0 };

  /** The tracked task of the first task (in document order) with that title in an issue version. */
  async function trackedOf(issueId: number, title: string): Promise<number> {
    const row = await db.selectFrom("tracked_tasks").innerJoin("tasks", "tasks.id", "tracked_tasks.task_id").select("tracked_tasks.id")
      .where("tracked_tasks.issue_id", "=", issueId).where("tasks.title", "like", title).orderBy("tasks.document_id").orderBy("tasks.seq").executeTakeFirstOrThrow();
    return row.id;
  }

  async function view(id: number, today = "2021-07-20"): Promise<TrackedTaskView> {
    const found = (await listTrackedTasks(db, { trackedTaskId: id, today }))[0];
    if (!found) throw new Error(`tracked task ${id} not listed`);
    return found;
  }

  const count = async (table: "tracked_tasks" | "assignments" | "duties" | "audit_log") =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    db = t.db;
    await migrate(db);
    const now = new Date("2021-04-20T01:00:00Z");
    admin = await createUser(db, { username: "admin", password: "correct horse battery", role: "admin", orgId: null, now });
    supervisor = await createUser(db, { username: "duchashi", password: "correct horse battery", role: "supervisor", orgId: null, now, by: admin.userId });
    v1 = (await saveIssue(db, parseIssue(original, { file: FILE }))).issueId;
    expect(await trackIssueTasks(db, v1, { today: "2021-04-20", actor: admin })).toMatchObject({ tracked: 137, created: 137, carried: 0, orphaned: [] });
    const eduOrg = (await findOrgByName(db, "区教育体育局"))?.id ?? 0;
    const finOrg = (await findOrgByName(db, "区财政局"))?.id ?? 0;
    edu = await createUser(db, { username: "jiaotiju", password: "correct horse battery", role: "reporter", orgId: eduOrg, now, by: admin.userId });
    fin = await createUser(db, { username: "caizhengju", password: "correct horse battery", role: "reporter", orgId: finOrg, now, by: admin.userId });

    ids.preschool = await trackedOf(v1, "增加普惠性学前教育资源");
    ids.reform = await trackedOf(v1, "深化学前教育保教改革");
    ids.funding = await trackedOf(v1, "强化学前教育经费投入保障");
    ids.byApril = await trackedOf(v1, "制定街道（镇）赋权清单目录");
    ids.list = await trackedOf(v1, "完善政务服务事项清单");
    ids.orphan = await trackedOf(v1, "开展近视防控宣传和教育活动，增强新婚夫妇%");

    // The ledger before the correction: reports, an override and a milestone done.
    const q2 = (await view(ids.preschool)).assignments.find((a) => a.role === "lead")?.duties[0]?.id ?? 0;
    const filed = await fileReport(db, edu, { dutyId: q2, content: report, submit: true, now: "2021-07-05" });
    await reviewReport(db, supervisor, { reportId: filed.id, decision: "accept", now: "2021-07-06" });
    await overrideLight(db, supervisor, { trackedTaskId: ids.reform, color: "green", reason: "已完成课程研究中心组建", now: "2021-07-06" });
    const funding = await view(ids.funding);
    expect(funding.assignments.map((a) => [a.unit, a.role])).toEqual([["区财政局", "lead"], ["区教育体育局", "cooperating"]]);
    await fileReport(db, fin, { dutyId: funding.assignments[0]?.duties[0]?.id ?? 0, content: { ...report, workDone: "聘用教师补贴已拨付" }, submit: true, now: "2021-07-08" });
    const step = (await view(ids.list)).milestones[0];
    expect(step?.due).toBe("2021-04-30");
    await markMilestoneDone(db, supervisor, { milestoneId: step?.id ?? 0, doneOn: "2021-04-28", now: "2021-04-29" });
  });
  afterAll(async () => t.drop());

  it("leaves the ledger as it was when the import fails after tracking", async () => {
    const before = await count("audit_log");
    const failing = db.transaction().execute(async (trx) => {
      const saved = await saveIssue(trx, parseIssue(corrected(), { file: FILE }));
      expect((await trackIssueTasks(trx, saved.issueId, { today: "2021-07-20", actor: admin })).carried).toBe(136);
      throw new Error("indexing failed");
    });
    await expect(failing).rejects.toThrow("indexing failed");
    expect(await count("audit_log")).toBe(before);
    const issues = await db.selectFrom("tracked_tasks").select("issue_id").distinct().execute();
    expect(issues.map((r) => r.issue_id)).toEqual([v1]);
  });

  it("carries every matched tracked task over, keeping its id and history", async () => {
    const { saved, tracking } = await db.transaction().execute(async (trx) => {
      const s = await saveIssue(trx, parseIssue(corrected(), { file: FILE }));
      return { saved: s, tracking: await trackIssueTasks(trx, s.issueId, { today: "2021-07-20", actor: admin }) };
    });
    expect(saved).toMatchObject({ status: "new-version", version: 2 });
    expect(tracking).toMatchObject({ tracked: 136, created: 0, carried: 136, orphaned: [ids.orphan] });
    expect(await count("tracked_tasks")).toBe(137);
    const onV2 = await db.selectFrom("tracked_tasks").select((eb) => eb.fn.countAll().as("n")).where("issue_id", "=", saved.issueId).executeTakeFirstOrThrow();
    expect(Number(onV2.n)).toBe(136);

    const preschool = await view(ids.preschool);
    const v2Task = await db.selectFrom("tasks").innerJoin("documents", "documents.id", "tasks.document_id").select("documents.issue_id")
      .where("tasks.id", "=", preschool.taskId).executeTakeFirstOrThrow();
    expect(v2Task.issue_id).toBe(saved.issueId);
    expect(preschool.assignments.find((a) => a.role === "lead")?.duties[0]).toMatchObject({ label: "2021年第二季度", filedOn: "2021-07-05", reportState: "accepted" });

    const reform = await view(ids.reform);
    expect(reform.title).toBe("深化学前教育保育改革");
    expect(reform.light).toEqual({ color: "green", reasons: ["人工调整：已完成课程研究中心组建"], overridden: true });

    // The corrected deadline moves a milestone nobody has reached; a milestone done stays as recorded.
    expect((await view(ids.byApril)).milestones.map((m) => m.due)).toEqual(["2021-05-31"]);
    expect((await view(ids.list)).milestones.map((m) => [m.due, m.doneOn])).toEqual([["2021-04-30", "2021-04-28"]]);
  });

  it("assigns a newly named unit and stops counting the unit no longer named", async () => {
    auditOrg = (await findOrgByName(db, "区审计局"))?.id ?? 0;
    const funding = await view(ids.funding);
    expect(funding.assignments.map((a) => [a.unit, a.role, a.state])).toEqual([["区教育体育局", "cooperating", "pending"], ["区审计局", "lead", "pending"]]);
    // Named on 2021-07-20, the new lead owes the third quarter onwards, not the quarter already due.
    expect(funding.assignments[1]?.duties[0]).toMatchObject({ label: "2021年第三季度", due: "2021-10-10" });
    expect(funding.formerAssignments).toHaveLength(1);
    const former = funding.formerAssignments[0];
    expect(former).toMatchObject({ unit: "区财政局", role: "lead", removedOn: "2021-07-20" });
    expect(former?.duties[0]).toMatchObject({ label: "2021年第二季度", filedOn: "2021-07-08", reportState: "submitted" });

    expect((await unitDashboard(db, fin.orgId ?? 0, "2021-07-21")).tasks.map((x) => x.task.id)).not.toContain(ids.funding);
    const audits = await unitDashboard(db, auditOrg, "2021-07-21");
    expect(audits.tasks.find((x) => x.task.id === ids.funding)?.assignment).toMatchObject({ role: "lead", state: "pending" });
    const q3 = former?.duties.find((d) => d.label === "2021年第三季度")?.id ?? 0;
    const refused = await fileReport(db, fin, { dutyId: q3, content: report, submit: true, now: "2021-07-21" }).then(() => null, (e: unknown) => e);
    expect(refused).toBeInstanceOf(GongbaoError);
    expect((refused as GongbaoError).code).toBe("conflict");
    const forbidden = await proposeCompletion(db, fin, { trackedTaskId: ids.funding, orgId: fin.orgId ?? 0, note: "已拨付", now: "2021-07-21" }).then(() => null, (e: unknown) => e);
    expect((forbidden as GongbaoError).code).toBe("forbidden");
  });

  it("reports the tracked task of the deleted task as orphaned and audits every carry-over", async () => {
    const orphan = await db.selectFrom("tracked_tasks").select("issue_id").where("id", "=", ids.orphan).executeTakeFirstOrThrow();
    expect(orphan.issue_id).toBe(v1);
    expect((await view(ids.orphan)).title).toMatch(/^开展近视防控宣传和教育活动，增强新婚夫妇/u);
    const entries = await listAudit(db, { entity: "tracked_task" });
    expect(entries.filter((e) => e.action === "carry-over")).toHaveLength(136);
    expect(entries.filter((e) => e.action === "orphan").map((e) => e.entityId)).toEqual([String(ids.orphan)]);
    const funding = entries.find((e) => e.action === "carry-over" && e.entityId === String(ids.funding));
    expect(funding?.after).toMatchObject({ matchedBy: "same", version: 2, units: { added: [{ orgId: auditOrg, role: "lead" }], removed: [{ orgId: fin.orgId, role: "lead" }] } });
    expect(entries.find((e) => e.action === "carry-over" && e.entityId === String(ids.reform))?.after).toMatchObject({ matchedBy: "position", milestones: "unchanged" });
    expect(entries.find((e) => e.action === "carry-over" && e.entityId === String(ids.byApril))?.after).toMatchObject({ milestones: "re-derived" });
    expect(entries.find((e) => e.action === "carry-over" && e.entityId === String(ids.list))?.after).toMatchObject({ milestones: "kept" });
  });

  it("changes nothing when either version's bytes are imported again", async () => {
    const before = await Promise.all((["tracked_tasks", "assignments", "duties", "audit_log"] as const).map(count));
    const again = await saveIssue(db, parseIssue(corrected(), { file: FILE }));
    expect(again).toMatchObject({ status: "unchanged", version: 2 });
    expect(await trackIssueTasks(db, again.issueId, { today: "2021-07-20" })).toEqual({ tracked: 136, created: 0, duties: 0, carried: 0, orphaned: [] });
    const old = await saveIssue(db, parseIssue(original, { file: FILE }));
    expect(old).toMatchObject({ status: "unchanged", issueId: v1 });
    expect(await trackIssueTasks(db, v1, { today: "2021-07-20" })).toEqual({ tracked: 137, created: 0, duties: 0, carried: 0, orphaned: [] });
    expect(await Promise.all((["tracked_tasks", "assignments", "duties", "audit_log"] as const).map(count))).toEqual(before);
  });

  it("follows a second correction: a unit named again is reinstated, a raised target keeps its baseline", async () => {
    const farmers = await trackedOf((await db.selectFrom("issues").select("id").where("version", "=", 2).executeTakeFirstOrThrow()).id, "强化现代农业科技支撑");
    const [target] = await taskTargets(db, farmers);
    expect(target).toMatchObject({ metric: "高素质农民", value: 50, unit: "人" });
    await setTargetBaseline(db, supervisor, { targetId: target?.id ?? 0, baseline: 12, now: "2021-08-01" });
    const { saved, tracking } = await db.transaction().execute(async (trx) => {
      const s = await saveIssue(trx, parseIssue(secondCorrectionText(), { file: FILE }));
      return { saved: s, tracking: await trackIssueTasks(trx, s.issueId, { today: "2021-10-15", actor: admin }) };
    });
    expect(saved).toMatchObject({ status: "new-version", version: 3 });
    // Carried from version 2; the orphan of version 1 stays where it was, reported once.
    expect(tracking).toMatchObject({ tracked: 136, created: 0, carried: 136, orphaned: [] });
    expect(await taskTargets(db, farmers)).toEqual([{ ...target, value: 60, baseline: 12 }]);

    const funding = await view(ids.funding, "2021-10-15");
    expect(funding.assignments.map((a) => [a.unit, a.role])).toEqual([["区财政局", "lead"], ["区教育体育局", "cooperating"]]);
    expect(funding.formerAssignments.map((a) => [a.unit, a.removedOn])).toEqual([["区审计局", "2021-10-15"]]);
    // Its old duties and report are back in view, and it owes again from the quarter it is named in.
    const lead = funding.assignments[0];
    expect(lead?.duties.slice(0, 3).map((d) => [d.label, d.reportState])).toEqual([["2021年第二季度", "submitted"], ["2021年第三季度", null], ["2021年第四季度", null]]);
    expect(lead?.duties.at(-1)?.label).toBe("2023年第四季度");
    const entries = await listAudit(db, { entity: "tracked_task", entityId: ids.funding });
    expect(entries.map((e) => e.action)).toEqual(["track", "carry-over", "extend-duties", "carry-over", "extend-duties"]);
    const entry = entries.at(-2);
    expect(entry?.after).toMatchObject({ version: 3, units: { added: [], reinstated: [{ orgId: fin.orgId, role: "lead" }], removed: [{ orgId: auditOrg, role: "lead" }] } });
  });
});
