/**
 * 更正后未匹配的任务 over HTTP on both dialects: after the sample's correction deletes 区民政局's
 * task, the cockpit points to the orphan list, supervisors withdraw the orphan with a reason and
 * it leaves the cockpit, the assessment and the bulletin; units may neither see nor decide.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../store/test-databases.ts";
import { listAudit } from "../../store/track/index.ts";
import { correctedSampleText, SAMPLE_FILE } from "../../store/track/corrected-sample.ts";
import { importAndTrack } from "../../commands/index.ts";
import { parseIssue } from "../../parse/index.ts";
import { openTrackerApp, type Agent, type TrackerFixture } from "./test-tracker.ts";

const TITLE = "开展近视防控宣传和教育活动，增强新婚夫妇的近视防控意识";

describe.each(testDialects())("orphans of a correction in the tracker on %s", (dialect) => {
  let f: TrackerFixture;
  let sup: Agent;
  let rep: Agent;
  let orphan: number;

  beforeAll(async () => {
    f = await openTrackerApp(dialect, { today: "2021-07-20" });
    const fix = await importAndTrack(f.t.db, parseIssue(correctedSampleText(), { file: SAMPLE_FILE }), { today: "2021-07-20" });
    expect(fix.tracking.orphaned).toHaveLength(1);
    orphan = fix.tracking.orphaned[0] ?? 0;
    sup = await f.login("duchashi");
    rep = await f.login("jiaotiju");
  });
  afterAll(async () => f?.t.drop());

  const page = async (a: Agent, path: string) => {
    const res = await a.get(path);
    expect(res.status, path).toBe(200);
    return res.text();
  };

  it("counts the orphan on the cockpit and lists it with its unit, versions and decision form", async () => {
    const cockpit = await page(sup, "/tracker");
    expect(cockpit).toContain('<a href="/tracker/orphans">更正后未匹配的任务（1）</a>');
    expect(cockpit).toContain("任务灯色分布（共 137 项）");
    const body = await page(sup, "/tracker/orphans");
    expect(body).toContain("<h1>更正后未匹配的任务</h1>");
    // Supervisors reach the page from the tracker's navigation too, marked as the current entry.
    expect(body).toContain('<a href="/tracker/orphans" aria-current="page">更正遗留任务</a>');
    expect(cockpit).toContain('<li><a href="/tracker/orphans">更正遗留任务</a></li>');
    expect(body).toContain(`<a href="/tracker/tasks/${orphan}">${TITLE}</a>`);
    expect(body).toMatch(/<dt>责任单位<\/dt><dd>区民政局（[^）]+）<\/dd>/u);
    expect(body).toMatch(/<dt>原版本<\/dt><dd><a href="\/issues\/2021\/3\/v\/1">[^<]*2021年第3期第1版<\/a>/u);
    expect(body).toMatch(/<dt>现行版本<\/dt><dd><a href="\/issues\/2021\/3">[^<]*2021年第3期第2版<\/a>/u);
    expect(body).toContain('<time datetime="2021-07-19T16:00:00.000Z">2021-07-20</time>');
    expect(body).toContain(`action="/tracker/orphans/${orphan}/decision"`);
  });

  it("keeps units and visitors out of the page and the decision", async () => {
    expect((await rep.get("/tracker/orphans")).status).toBe(403);
    expect((await rep.post(`/tracker/orphans/${orphan}/decision`, { decision: "withdraw", reason: "本单位认为已删除" })).status).toBe(403);
    const anonymous = await f.anonymous().get("/tracker/orphans");
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toMatch(/^\/login\?next=/u);
    expect((await f.anonymous().post(`/tracker/orphans/${orphan}/decision`, { decision: "withdraw", reason: "x" })).status).toBe(401);
    expect(await page(sup, "/tracker/orphans")).toContain(TITLE);
  });

  it("asks for a reason and a decision, naming the field", async () => {
    const noReason = await sup.post(`/tracker/orphans/${orphan}/decision`, { decision: "withdraw", reason: "  " });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain("（参数 reason）");
    const noDecision = await sup.post(`/tracker/orphans/${orphan}/decision`, { reason: "已删除" });
    expect(noDecision.status).toBe(400);
    expect(await noDecision.text()).toContain("（参数 decision）");
  });

  it("withdraws the orphan: it leaves the list, the cockpit, the assessment and the bulletin, and is audited", async () => {
    const assessment = "/tracker/assessment?period=2021-Q3";
    const bulletin = "/tracker/bulletins.json?from=2021-07-01&to=2021-09-30";
    expect(await page(sup, assessment)).toContain(`${TITLE}：2021年第二季度进展报告`);
    expect(await page(sup, bulletin)).toContain(TITLE);

    const res = await sup.post(`/tracker/orphans/${orphan}/decision`, { decision: "withdraw", reason: "更正后的公报已删除该项任务" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/tracker/orphans");
    expect(await page(sup, "/tracker/orphans")).toContain("没有待处理的任务。");
    const cockpit = await page(sup, "/tracker");
    expect(cockpit).not.toContain("更正后未匹配的任务");
    expect(cockpit).toContain("任务灯色分布（共 136 项）");
    expect(await page(sup, assessment)).not.toContain(TITLE);
    expect(await page(sup, bulletin)).not.toContain(TITLE);
    // History stays readable on the task's own page.
    expect(await page(sup, `/tracker/tasks/${orphan}`)).toMatch(new RegExp(`${TITLE}[^]*<strong>已撤销</strong>`, "u"));

    const supervisorId = (await f.t.db.selectFrom("users").select("id").where("username", "=", "duchashi").executeTakeFirstOrThrow()).id;
    expect((await listAudit(f.t.db, { entity: "tracked_task", entityId: orphan })).at(-1))
      .toMatchObject({ action: "withdraw-orphan", userId: supervisorId, after: { standing: "withdrawn", reason: "更正后的公报已删除该项任务" } });
    expect(await page(sup, "/tracker/audit")).toContain("withdraw-orphan");
    expect((await sup.post(`/tracker/orphans/${orphan}/decision`, { decision: "keep", reason: "再议" })).status).toBe(409);
  });
});
