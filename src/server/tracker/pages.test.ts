/**
 * The tracker's pages and actions end to end over HTTP on both dialects, with a fixed clock:
 * lights move with reports and the calendar, supervision is sent and answered, tasks are closed,
 * bulletins, assessments and the public progress page come out of the ledger.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Document } from "../../model/index.ts";
import { testDialects } from "../../store/test-databases.ts";
import { loadLedger, type TrackedTaskView } from "../../store/track/index.ts";
import { correctedSampleText, SAMPLE_FILE } from "../../store/track/corrected-sample.ts";
import { importAndTrack } from "../../commands/index.ts";
import { parseIssue } from "../../parse/index.ts";
import { openTrackerApp, type Agent, type TrackerFixture } from "./test-tracker.ts";

const TITLE = "增加普惠性学前教育资源";

describe.each(testDialects())("tracker pages on %s", (dialect) => {
  let f: TrackerFixture;
  let sup: Agent;
  let rep: Agent;
  let task: TrackedTaskView;

  beforeAll(async () => {
    f = await openTrackerApp(dialect, { today: "2021-07-15" });
    sup = await f.login("duchashi");
    rep = await f.login("jiaotiju");
    const found = (await loadLedger(f.t.db, { orgId: f.orgA }, "2021-07-15")).find((t) => t.title === TITLE && t.deadlineText?.includes("2023"));
    if (!found) throw new Error(`no task ${TITLE}`);
    task = found;
  });
  afterAll(async () => f?.t.drop());

  const page = async (a: Agent, path: string) => {
    const res = await a.get(path);
    expect(res.status, path).toBe(200);
    return res.text();
  };

  it("shows the cockpit with charts that carry text alternatives", async () => {
    const body = await page(sup, "/tracker");
    expect(body).toContain("<h1>督查驾驶舱</h1>");
    expect(body).toMatch(/<svg role="img" aria-labelledby="donut-t donut-d"[^]*<title id="donut-t">任务灯色分布（共 137 项）<\/title>/u);
    expect(body).toMatch(/<desc id="overdue-bars-d">[^<]*区教育体育局 \d+/u);
    expect(body).toContain(`href="/tracker/units/${f.orgA}">区教育体育局</a>`);
    expect(body).toContain("各文件办结情况");
    expect(body).toMatch(/逾期未完成（\d+）/u);
  });

  it("turns a task's light from yellow to green when the unit files its quarterly report, and back with the calendar", async () => {
    expect(await page(sup, `/tracker/tasks/${task.id}`)).toMatch(/light-yellow">黄灯[^]*2021年第二季度进展报告逾期未报/u);
    const duty = task.assignments.find((a) => a.orgId === f.orgA && a.role === "lead")?.duties[0];
    expect(duty?.label).toBe("2021年第二季度");
    const form = await page(rep, `/tracker/duties/${duty?.id}/report`);
    expect(form).toContain('name="workDone"');
    const draft = await rep.post(`/tracker/duties/${duty?.id}/report`, { workDone: "新增幼儿园2所", problems: "", nextSteps: "推进第三所幼儿园建设", status: "推进中", intent: "draft" });
    expect(draft.status).toBe(303);
    expect(await page(rep, `/tracker/duties/${duty?.id}/report`)).toContain("第1版 · 草稿");
    expect((await rep.post(`/tracker/duties/${duty?.id}/report`, { workDone: "新增幼儿园2所", nextSteps: "推进第三所幼儿园建设", status: "推进中", intent: "submit" })).status).toBe(303);
    const after = await page(sup, `/tracker/tasks/${task.id}`);
    expect(after).toMatch(/<p><span class="light light-green">绿灯<\/span>/u);
    const review = await page(sup, `/tracker/duties/${duty?.id}/report`);
    expect(review).toContain("已报送待审核");
    const reportId = /action="\/tracker\/reports\/(\d+)\/review"/u.exec(review)?.[1];
    expect((await sup.post(`/tracker/reports/${reportId}/review`, { decision: "return" })).status).toBe(400);
    expect((await sup.post(`/tracker/reports/${reportId}/review`, { decision: "return", comment: "请补充佐证材料" })).status).toBe(303);
    const unit = await page(rep, `/tracker/units/${f.orgA}`);
    expect(unit).toMatch(/被退回的报告（1）/u);
    expect(await page(rep, `/tracker/duties/${duty?.id}/report`)).toContain("请补充佐证材料");
    const next = task.assignments.find((a) => a.orgId === f.orgA && a.role === "lead")?.duties[1];
    expect(await page(rep, `/tracker/duties/${next?.id}/report`)).toMatch(/<textarea id="f-workDone" name="workDone" maxlength="10000">推进第三所幼儿园建设<\/textarea>/u);
    f.clock.now = new Date("2021-10-12T12:00:00+08:00");
    try {
      // Sessions last eight hours: months later the supervisor signs in again.
      expect((await sup.get(`/tracker/tasks/${task.id}`)).status).toBe(302);
      expect(await page(await f.login("duchashi"), `/tracker/tasks/${task.id}`)).toMatch(/light-yellow">黄灯[^]*2021年第三季度进展报告逾期未报/u);
    } finally {
      f.clock.now = new Date("2021-07-15T12:00:00+08:00");
    }
  });

  it("sends a reminder and an order that the unit sees and answers", async () => {
    expect((await sup.post(`/tracker/units/${f.orgA}/actions`, { kind: "order", message: "请说明学前教育资源进展" })).status).toBe(400);
    expect((await sup.post(`/tracker/tasks/${task.id}/actions`, { orgId: String(f.orgA), kind: "order", message: "请说明学前教育资源进展", responseDue: "2021-07-25" })).status).toBe(303);
    const unit = await page(rep, `/tracker/units/${f.orgA}`);
    expect(unit).toMatch(/待答复的督办事项（1）/u);
    const actionId = /action="\/tracker\/actions\/(\d+)\/response"/u.exec(unit)?.[1];
    expect((await rep.post(`/tracker/actions/${actionId}/response`, { response: "已协调资金，8月开工" })).status).toBe(303);
    expect(await page(sup, `/tracker/tasks/${task.id}`)).toContain("已协调资金，8月开工");
    expect((await rep.post(`/tracker/actions/${actionId}/response`, { response: "again" })).status).toBe(409);
  });

  it("overrides a light only with a reason, and closes a task through 办结 and 销号", async () => {
    expect((await sup.post(`/tracker/tasks/${task.id}/override`, { color: "red", reason: "" })).status).toBe(400);
    expect((await sup.post(`/tracker/tasks/${task.id}/override`, { color: "red", reason: "资金缺口较大" })).status).toBe(303);
    expect(await page(sup, `/tracker/tasks/${task.id}`)).toContain("人工调整：资金缺口较大");
    expect((await sup.post(`/tracker/tasks/${task.id}/override`, { color: "clear", reason: "已解决" })).status).toBe(303);
    expect((await rep.post(`/tracker/tasks/${task.id}/completion`, { note: "已完成全部建设" })).status).toBe(303);
    expect(await page(sup, `/tracker/tasks/${task.id}`)).toContain("已申请办结，待督查室审核");
    expect((await sup.post(`/tracker/tasks/${task.id}/completion/review`, { decision: "accept" })).status).toBe(303);
    const closed = await page(sup, `/tracker/tasks/${task.id}`);
    expect(closed).toContain("已办结销号");
    expect(closed).toMatch(/<p><span class="light light-green">绿灯/u);
  });

  it("assembles the bulletin from the ledger as a page and as Document JSON", async () => {
    const json = await sup.get("/tracker/bulletins.json?from=2021-07-01&to=2021-09-30");
    const doc = Document.parse(await json.json());
    expect(doc.title).toBe("关于2021年第三季度重点任务推进情况的通报");
    expect(doc.sections.map((s) => s.title)).toEqual(["总体情况", "已完成", "进展滞后", "逾期未完成", "下步要求"]);
    expect(JSON.stringify(doc.sections[1])).toContain(TITLE);
    const html = await page(sup, "/tracker/bulletins?from=2021-07-01&to=2021-09-30");
    expect(html).toContain("区人民政府督查室");
    expect(html).toContain("逾期未完成");
    expect((await sup.get("/tracker/bulletins?from=2021-09-30&to=2021-07-01")).status).toBe(400);
  });

  it("scores units with exemptions that need a reason, and exports CSV", async () => {
    const body = await page(sup, "/tracker/assessment?period=2021-Q2");
    expect(body).toContain("2021年第二季度考核");
    expect(body).toContain("季度进展报告缺报");
    const form = /<input type="hidden" name="orgId" value="(\d+)"><input type="hidden" name="ref" value="([^"]+)">/u.exec(body);
    expect(form).not.toBeNull();
    const exemption = { orgId: form?.[1] ?? "", ref: form?.[2] ?? "", period: "2021-Q2" };
    expect((await sup.post("/tracker/assessment/exemptions", exemption)).status).toBe(400);
    expect((await sup.post("/tracker/assessment/exemptions", { ...exemption, reason: "疫情防控任务冲突" })).status).toBe(303);
    expect(await page(sup, "/tracker/assessment?period=2021-Q2")).toContain("（疫情防控任务冲突）");
    const csv = await sup.get("/tracker/assessment.csv?period=2021-Q2");
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/u);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text.startsWith("\uFEFF排名,单位,基础分,加分,扣分,得分,明细,免于扣分\r\n")).toBe(true);
    expect((await sup.get("/tracker/assessment?period=2021-Q5")).status).toBe(400);
  });

  it("publishes a document's progress without report texts or names", async () => {
    const res = await f.anonymous().get(`/d/${task.documentId}/progress`);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain("落实进展");
    expect(body).toContain(TITLE);
    expect(body).toMatch(/已办结（2021-07-15）/u);
    for (const secret of ["新增幼儿园2所", "请补充佐证材料", "已协调资金", "资金缺口较大", "jiaotiju", "duchashi"]) expect(body).not.toContain(secret);
    const ics = await f.anonymous().get(`/tracker/units/${f.orgA}/calendar.ics`);
    const cal = await ics.text();
    expect(cal).toMatch(/^BEGIN:VCALENDAR\r\n/u);
    expect(cal).toContain("SUMMARY:报送2021年第三季度进展");
    expect(cal).not.toContain("新增幼儿园2所");
  });

  it("lets administrators create users and shows the audit log", async () => {
    const admin = await f.login("admin");
    expect((await admin.post("/tracker/admin/users", { username: "nongshui", password: "short", role: "reporter", orgId: String(f.orgB) })).status).toBe(400);
    expect((await admin.post("/tracker/admin/users", { username: "nongshui", password: "long enough password", role: "reporter" })).status).toBe(400);
    expect((await admin.post("/tracker/admin/users", { username: "nongshui", password: "long enough password", role: "reporter", orgId: String(f.orgB) })).status).toBe(303);
    expect(await page(admin, "/tracker/admin/users")).toMatch(/<th scope="row">nongshui<\/th><td>单位填报员<\/td><td>区财政局<\/td>/u);
    await f.login("nongshui", "long enough password");
    const audit = await page(sup, "/tracker/audit");
    expect(audit).toContain("accept-completion");
    expect(audit.indexOf("create")).toBeLessThan(audit.indexOf("accept-completion"));
  });

  it("still shows tasks, their documents and reports after a corrected text is imported", async () => {
    const fix = await importAndTrack(f.t.db, parseIssue(correctedSampleText(), { file: SAMPLE_FILE }), { today: "2021-07-20" });
    expect(fix).toMatchObject({ status: "new-version", tracking: { created: 0, carried: 136 } });
    const ledger = await loadLedger(f.t.db, {}, "2021-07-20");
    const carried = ledger.find((t) => t.id === task.id);
    expect(carried?.documentId).not.toBe(task.documentId);
    const body = await page(sup, `/tracker/tasks/${task.id}`);
    expect(body).toContain(TITLE);
    expect(body).toContain(`href="/d/${carried?.documentId}#tasks"`);
    expect(await page(sup, `/d/${carried?.documentId}`)).toContain(TITLE);
    expect(await page(f.anonymous(), `/d/${carried?.documentId}/progress`)).toContain(TITLE);

    // 强化学前教育经费投入保障: the correction names 区审计局 as lead instead of 区财政局.
    const funding = ledger.find((t) => t.formerAssignments.some((a) => a.orgId === f.orgB && a.role === "lead"));
    expect(funding?.assignments.map((a) => a.unit)).toContain("区审计局");
    const supView = await page(sup, `/tracker/tasks/${funding?.id}`);
    expect(supView).toMatch(/区财政局<\/th><td>牵头<\/td>\s*<td colspan="3">2021-07-20 起更正后的公报不再列名/u);
    const fin = await f.login("caizhengju");
    expect(await page(fin, `/tracker/tasks/${funding?.id}`)).toContain("（已不再列名）");
    const duty = funding?.formerAssignments[0]?.duties[0];
    const report = await page(fin, `/tracker/duties/${duty?.id}/report`);
    expect(report).toContain(`${duty?.label}进展报告`);
    expect(report).not.toContain('name="workDone"');

    const orphan = ledger.find((t) => t.id === fix.tracking.orphaned[0]);
    expect(await page(sup, `/tracker/tasks/${orphan?.id}`)).toContain(orphan?.title ?? "-");
    expect((await f.anonymous().get(`/d/${orphan?.documentId}`)).status).toBe(200);
  });
});
