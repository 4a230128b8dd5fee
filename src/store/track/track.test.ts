/** One suite, both dialects: the gold issue tracked, reported on, closed and audited on real databases. */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql, type Kysely } from "kysely";
import { Issue } from "../../model/issue.ts";
import { GongbaoError } from "../../model/errors.ts";
import { DEFAULT_RULE_TABLE, scoreUnits } from "../../track/assessment.ts";
import type { Actor } from "../../track/roles.ts";
import { openTestDatabase, testDialects, type TestDatabase } from "../test-databases.ts";
import type { Database } from "../schema.ts";
import { findOrgByName, migrate, saveIssue } from "../index.ts";
import {
  addSupervisionAction, assessmentFacts, cockpit, createSession, createUser, fileReport, findSession, listAudit, listReports,
  listTrackedTasks, overrideLight, prefillReport, proposeCompletion, respondToAction, reviewCompletion, reviewReport,
  trackIssueTasks, unitDashboard, verifyPassword, type TrackedTaskView,
} from "./index.ts";

const gold = Issue.loose().parse(JSON.parse(readFileSync(new URL("../../../samples/gold/dawukou-2021-03.json", import.meta.url), "utf8")));

async function failure(promise: Promise<unknown>): Promise<GongbaoError> {
  const error: unknown = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(GongbaoError);
  return error as GongbaoError;
}

const report = { workDone: "已完成方案制定", problems: "", nextSteps: "推进集团化办学", status: "推进中", readings: [], evidenceUrl: "https://www.dwk.gov.cn/zwgk/1.html" };

describe.each(testDialects())("supervision ledger on %s", (dialect) => {
  let t: TestDatabase;
  let db: Kysely<Database>;
  let issueId: number;
  let eduOrg: number;
  let admin: Actor;
  let supervisor: Actor;
  let reporter: Actor;

  async function trackedId(title: string, end: string | null): Promise<number> {
    let q = db.selectFrom("tracked_tasks").innerJoin("tasks", "tasks.id", "tracked_tasks.task_id").select("tracked_tasks.id").where("tasks.title", "=", title);
    q = end === null ? q.where("tasks.deadline_end", "is", null) : q.where("tasks.deadline_end", "=", end);
    const row = await q.orderBy("tasks.id").executeTakeFirstOrThrow();
    return row.id;
  }

  async function view(id: number, today: string): Promise<TrackedTaskView> {
    const found = (await listTrackedTasks(db, { today })).find((x) => x.id === id);
    if (!found) throw new Error(`tracked task ${id} not listed`);
    return found;
  }

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    db = t.db;
    expect(await migrate(db)).toEqual(["0001-initial", "0002-track", "0003-assignment-span", "0004-tracked-task-standing"]);
    issueId = (await saveIssue(db, gold)).issueId;
    eduOrg = (await findOrgByName(db, "区教育体育局"))?.id ?? 0;
    const now = new Date("2021-04-20T01:00:00Z");
    admin = await createUser(db, { username: "admin", password: "correct horse battery", role: "admin", orgId: null, now });
    supervisor = await createUser(db, { username: "duchashi", password: "correct horse battery", role: "supervisor", orgId: null, now, by: admin.userId });
    reporter = await createUser(db, { username: "jiaotiju", password: "correct horse battery", role: "reporter", orgId: eduOrg, now, by: admin.userId });
  });
  afterAll(async () => t.drop());

  it("signs users in with scrypt hashes and sessions", async () => {
    expect(await verifyPassword(db, "jiaotiju", "correct horse battery")).toMatchObject({ role: "reporter", orgId: eduOrg });
    expect(await verifyPassword(db, "jiaotiju", "wrong password!")).toBeNull();
    expect(await verifyPassword(db, "nobody", "correct horse battery")).toBeNull();
    const stored = await db.selectFrom("users").select("password_hash").where("username", "=", "admin").executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^scrypt\$16384\$8\$1\$/u);
    expect((await failure(createUser(db, { username: "admin", password: "another long one", role: "admin", orgId: null, now: new Date() }))).code).toBe("conflict");
    expect((await failure(createUser(db, { username: "x1", password: "another long one", role: "reporter", orgId: null, now: new Date() }))).code).toBe("bad-request");
    const now = new Date("2021-04-20T01:00:00Z");
    const session = await createSession(db, reporter.userId, now);
    expect((await findSession(db, session.token, now))?.user.username).toBe("jiaotiju");
    expect(await findSession(db, session.token, new Date("2021-04-21T01:00:00Z"))).toBeNull();
  });

  it("tracks all 137 tasks with assignments, milestones and duties, idempotently", async () => {
    const first = await trackIssueTasks(db, issueId, { today: "2021-04-20", actor: admin });
    expect(first).toMatchObject({ tracked: 137, created: 137 });
    expect(first.duties).toBeGreaterThan(137);
    const again = await trackIssueTasks(db, issueId, { today: "2021-04-20", actor: admin });
    expect(again).toEqual({ tracked: 137, created: 0, duties: 0, carried: 0, orphaned: [] });
    const count = async (table: "tracked_tasks" | "assignments") => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    expect(await count("tracked_tasks")).toBe(137);
    // One assignment per task and role: 55 as lead, 8 responsible, 7 cooperating in the gold file.
    const edu = await db.selectFrom("assignments").select(["role", (eb) => eb.fn.countAll().as("n")]).where("org_id", "=", eduOrg).groupBy("role").orderBy("role").execute();
    expect(edu.map((r) => [r.role, Number(r.n)])).toEqual([["cooperating", 7], ["lead", 55], ["responsible", 8]]);
    expect(await count("assignments")).toBe(703);

    const twoStep = await view((await db.selectFrom("tracked_tasks").innerJoin("tasks", "tasks.id", "tracked_tasks.task_id").select("tracked_tasks.id")
      .where("tasks.deadline", "like", "%2021年3月份制定方案，4月份启动实施%").executeTakeFirstOrThrow()).id, "2021-04-20");
    expect(twoStep.milestones.map((m) => m.due)).toEqual(["2021-03-31", "2021-04-30"]);
    const annual = await view(await trackedId("增加普惠性学前教育资源", "2023-12-31"), "2021-04-20");
    expect(annual.milestones.map((m) => m.due)).toEqual(["2021-12-31", "2022-12-31", "2023-12-31"]);
    const lead = annual.assignments.find((a) => a.role === "lead");
    expect(lead?.duties).toHaveLength(11);
    expect(lead?.duties[0]).toMatchObject({ label: "2021年第二季度", periodStart: "2021-04-01", periodEnd: "2021-06-30", due: "2021-07-10" });
    expect(annual.assignments.filter((a) => a.role === "cooperating").every((a) => a.duties.length === 0)).toBe(true);
  });

  it("changes a task's light with the calendar", async () => {
    const id = await trackedId("分批开展义务教育集团化办学", "2021-06-30");
    expect((await view(id, "2021-05-01")).light.color).toBe("green");
    expect((await view(id, "2021-06-10")).light).toEqual({ color: "yellow", reasons: ["区教育体育局：距完成时限还有 20 天（2021-06-30），尚未完成"], overridden: false });
    expect((await view(id, "2021-07-03")).light).toMatchObject({ color: "red", reasons: ["区教育体育局：已逾期 3 天（完成时限 2021-06-30）"] });
    expect((await listTrackedTasks(db, { today: "2021-07-03", orgId: eduOrg, light: "red" })).map((x) => x.id)).toContain(id);
  });

  it("files, returns, resubmits and accepts a report; the missed report stops counting", async () => {
    const task = await view(await trackedId("增加普惠性学前教育资源", "2023-12-31"), "2021-07-15");
    expect(task.light).toMatchObject({ color: "yellow", reasons: ["区教育体育局：2021年第二季度进展报告逾期未报"] });
    const duty = task.assignments.find((a) => a.role === "lead")?.duties[0];
    const dutyId = duty?.id ?? 0;
    expect((await failure(fileReport(db, { ...reporter, orgId: eduOrg + 1 }, { dutyId, content: report, submit: true, now: "2021-07-15" }))).code).toBe("forbidden");
    expect((await failure(fileReport(db, reporter, { dutyId, content: { ...report, status: "完成" }, submit: true, now: "2021-07-15" }))).code).toBe("bad-request");

    const draft = await fileReport(db, reporter, { dutyId, content: report, submit: false, now: "2021-07-14" });
    expect(draft).toMatchObject({ version: 1, state: "draft" });
    const submitted = await fileReport(db, reporter, { dutyId, content: { ...report, problems: "资金未到位" }, submit: true, now: "2021-07-15" });
    expect(submitted).toMatchObject({ id: draft.id, version: 1, state: "submitted" });
    expect((await failure(reviewReport(db, reporter, { reportId: submitted.id, decision: "accept", now: "2021-07-16" }))).code).toBe("forbidden");
    expect((await failure(reviewReport(db, supervisor, { reportId: submitted.id, decision: "return", comment: " ", now: "2021-07-16" }))).code).toBe("bad-request");
    const returned = await reviewReport(db, supervisor, { reportId: submitted.id, decision: "return", comment: "请补充佐证材料", now: "2021-07-16" });
    expect(returned).toMatchObject({ state: "returned", reviewComment: "请补充佐证材料", reviewedBy: supervisor.userId });
    await fileReport(db, reporter, { dutyId, content: { ...report, problems: "资金未到位", status: "受阻" }, submit: true, now: "2021-07-17" });
    const accepted = await reviewReport(db, supervisor, { reportId: submitted.id, decision: "accept", now: "2021-07-18" });
    expect(accepted).toMatchObject({ version: 1, state: "accepted", content: { status: "受阻", problems: "资金未到位" } });

    const after = await view(task.id, "2021-07-20");
    expect(after.light).toMatchObject({ color: "yellow", reasons: ["区教育体育局：最近一次进展报告反映工作受阻"] });
    const leadAfter = after.assignments.find((a) => a.role === "lead");
    expect(leadAfter?.state).toBe("blocked");
    expect(leadAfter?.duties[0]).toMatchObject({ filedOn: "2021-07-15", reportState: "accepted", reportVersion: 1 });

    // An accepted report stays as it was: the edit becomes version 2.
    const v2 = await fileReport(db, reporter, { dutyId, content: { ...report, status: "推进中" }, submit: false, now: "2021-07-21" });
    expect(v2).toMatchObject({ version: 2, state: "draft" });
    expect((await listReports(db, dutyId)).map((r) => [r.version, r.state, r.content.status])).toEqual([[1, "accepted", "受阻"], [2, "draft", "推进中"]]);
    const next = task.assignments.find((a) => a.role === "lead")?.duties[1]?.id ?? 0;
    expect(await prefillReport(db, next)).toMatchObject({ workDone: "推进集团化办学", status: "推进中", problems: "" });
    expect((await view(task.id, "2021-10-11")).light.reasons).toContain("区教育体育局：2021年第三季度进展报告逾期未报");
  });

  it("proposes 办结, is returned, proposes again and is 销号", async () => {
    const id = await trackedId("分批开展义务教育集团化办学", "2021-06-30");
    const other = await findOrgByName(db, "区财政局");
    expect((await failure(proposeCompletion(db, { ...reporter, orgId: other?.id ?? 0 }, { trackedTaskId: id, orgId: other?.id ?? 0, note: "x", now: "2021-06-20" }))).code).toBe("forbidden");
    await proposeCompletion(db, reporter, { trackedTaskId: id, orgId: eduOrg, note: "已组建3个教育集团", now: "2021-06-20" });
    expect((await failure(proposeCompletion(db, reporter, { trackedTaskId: id, orgId: eduOrg, note: "again", now: "2021-06-20" }))).code).toBe("conflict");
    await reviewCompletion(db, supervisor, { trackedTaskId: id, decision: "return", comment: "缺少集团章程", now: "2021-06-22" });
    expect(await view(id, "2021-06-22")).toMatchObject({ completionState: "returned", completionComment: "缺少集团章程" });
    await proposeCompletion(db, reporter, { trackedTaskId: id, orgId: eduOrg, note: "已补充章程", now: "2021-06-25" });
    await reviewCompletion(db, supervisor, { trackedTaskId: id, decision: "accept", now: "2021-06-28" });
    const done = await view(id, "2021-07-03");
    expect(done).toMatchObject({ completionState: "accepted", completedOn: "2021-06-28", light: { color: "green" } });
    expect(done.milestones.every((m) => m.doneOn === "2021-06-28")).toBe(true);
    expect(done.assignments.every((a) => a.state === "done")).toBe(true);
  });

  it("lets a supervisor override a light with a reason, and sends and answers a 督办单", async () => {
    const id = await trackedId("制定街道（镇）赋权清单目录", "2021-04-30");
    expect((await view(id, "2021-05-03")).light.reasons[0]).toMatch(/已逾期 3 天（完成时限 2021-04-30）$/u);
    expect((await failure(overrideLight(db, supervisor, { trackedTaskId: id, color: "yellow", reason: "  ", now: "2021-05-03" }))).code).toBe("bad-request");
    await overrideLight(db, supervisor, { trackedTaskId: id, color: "yellow", reason: "已报区政府同意延期至5月底", now: "2021-05-03" });
    expect((await view(id, "2021-05-03")).light).toEqual({ color: "yellow", reasons: ["人工调整：已报区政府同意延期至5月底"], overridden: true });

    const annual = await trackedId("增加普惠性学前教育资源", "2023-12-31");
    expect((await failure(addSupervisionAction(db, reporter, { kind: "reminder", orgId: eduOrg, message: "x", now: "2021-07-11" }))).code).toBe("forbidden");
    const order = await addSupervisionAction(db, supervisor, { kind: "order", orgId: eduOrg, trackedTaskId: annual, message: "请说明资金未到位原因", responseDue: "2021-07-25", now: "2021-07-20" });
    expect((await unitDashboard(db, eduOrg, "2021-07-21")).openActions.map((a) => a.id)).toEqual([order.id]);
    const answered = await respondToAction(db, reporter, { actionId: order.id, response: "已协调区财政局，8月初到位", now: "2021-07-22" });
    expect(answered.response).toBe("已协调区财政局，8月初到位");
    expect((await failure(respondToAction(db, reporter, { actionId: order.id, response: "again", now: "2021-07-23" }))).code).toBe("conflict");
  });

  it("summarises units and documents, and scores a period", async () => {
    const board = await unitDashboard(db, eduOrg, "2021-07-21");
    // 70 assignments on 68 tasks: on two tasks the bureau is named in two roles.
    expect(board.tasks).toHaveLength(68);
    expect(board.org.name).toBe("区教育体育局");
    expect(board.openDuties.length).toBeGreaterThan(0);
    const view = await cockpit(db, "2021-07-21");
    const edu = view.units.find((u) => u.orgId === eduOrg);
    expect(edu).toMatchObject({ tasks: 63 });
    expect(edu?.onTimeRate).toBeGreaterThanOrEqual(0);
    expect(view.documents.reduce((n, d) => n + d.tasks, 0)).toBe(137);
    expect(view.documents.find((d) => d.completed === 1)?.rate).toBeGreaterThan(0);
    expect(view.overdue.every((o) => o.due < "2021-07-21")).toBe(true);
    expect(view.upcoming.every((o) => o.due >= "2021-07-21" && o.due <= "2021-08-20")).toBe(true);

    const period = { start: "2021-04-01", end: "2021-09-30", label: "2021年第二、三季度" };
    const facts = await assessmentFacts(db, period);
    const mine = facts.facts.filter((f) => f.orgId === eduOrg);
    expect(mine.filter((f) => f.kind === "report-late")).toHaveLength(1);
    expect(mine.filter((f) => f.kind === "completed-on-time")).toHaveLength(1);
    const rows = scoreUnits(facts, DEFAULT_RULE_TABLE, [], period);
    expect(rows[0]?.rank).toBe(1);
    expect(rows.find((r) => r.orgId === eduOrg)?.items.find((i) => i.kind === "report-late")).toEqual({ kind: "report-late", label: "进展报告迟报", count: 1, points: -5 });
  });

  it("records every change in an audit log that cannot be edited", async () => {
    const reports = await listAudit(db, { entity: "report" });
    expect(reports.map((e) => e.action)).toEqual(["save-draft", "submit", "return", "submit", "accept", "save-draft"]);
    expect(reports[2]).toMatchObject({ userId: supervisor.userId, before: { state: "submitted" }, after: { state: "returned", reviewComment: "请补充佐证材料" } });
    const tasks = await listAudit(db, { entity: "tracked_task" });
    expect(tasks.filter((e) => e.action === "track")).toHaveLength(137);
    expect(tasks.filter((e) => e.action !== "track").map((e) => e.action)).toEqual(["propose-completion", "return-completion", "propose-completion", "accept-completion", "override-light"]);
    expect((await listAudit(db, { entity: "supervision_action" })).map((e) => e.action)).toEqual(["send-order", "respond"]);
    expect((await listAudit(db, { entity: "user" }))).toHaveLength(3);

    const first = reports[0]?.id ?? 0;
    await expect(db.updateTable("audit_log").set({ action: "forged" }).where("id", "=", first).execute()).rejects.toThrow(/append-only/u);
    await expect(db.deleteFrom("audit_log").where("id", "=", first).execute()).rejects.toThrow(/append-only/u);
    await expect(sql`DELETE FROM audit_log`.execute(db)).rejects.toThrow(/append-only/u);
    if (dialect === "postgres") await expect(sql`TRUNCATE audit_log`.execute(db)).rejects.toThrow(/append-only/u);
    expect((await listAudit(db, { entity: "report" }))[0]?.action).toBe("save-draft");
  });
});
