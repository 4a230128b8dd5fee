/**
 * The tracker in a real browser (SQLite, fixed clock): the supervisor signs in, reads the cockpit
 * and sends a reminder; the unit's reporter answers it, files its quarterly report (with a
 * <script> in it, shown as text) and the task's light changes; the supervisor accepts 办结.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { connect, findOrgByName, migrate } from "../../store/index.ts";
import { createUser, loadLedger } from "../../store/track/index.ts";
import { migrateSearch } from "../../search/index.ts";
import { importAndTrack } from "../../commands/index.ts";
import { goldIssue, testConfig } from "../test-app.ts";
import { serve, type RunningServer } from "../serve.ts";
import { PASSWORD } from "./test-tracker.ts";

const SHOTS = fileURLToPath(new URL("../../../test-results/e2e/", import.meta.url));
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];
const NOW = new Date("2021-07-15T10:00:00+08:00");

describe("the tracker in a browser", () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let taskId = 0;
  let documentId = 0;
  let orgA = 0;

  const shot = async (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `tracker-${name}.png`), fullPage: true });
  const open = async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: "zh-CN" });
    contexts.push(context);
    return context.newPage();
  };
  const signIn = async (page: Page, username: string) => {
    await page.goto(`${server.url}/tracker`);
    await page.waitForURL(/\/login\?next=/u);
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), "gongbao-tracker-e2e-"));
    const databaseUrl = join(dir, "e2e.sqlite");
    const db = connect(databaseUrl);
    await migrate(db);
    await migrateSearch(db);
    await importAndTrack(db, goldIssue(), { today: "2021-07-15" });
    orgA = (await findOrgByName(db, "区教育体育局"))?.id ?? 0;
    await createUser(db, { username: "duchashi", password: PASSWORD, role: "supervisor", orgId: null, now: NOW });
    await createUser(db, { username: "jiaotiju", password: PASSWORD, role: "reporter", orgId: orgA, now: NOW });
    const task = (await loadLedger(db, { orgId: orgA }, "2021-07-15")).find((t) => t.title === "增加普惠性学前教育资源" && t.deadlineText?.includes("2023"));
    taskId = task?.id ?? 0;
    documentId = task?.documentId ?? 0;
    await db.destroy();
    server = await serve(testConfig({ databaseUrl, port: 0, host: "127.0.0.1", baseUrl: "http://127.0.0.1" }), { clock: () => NOW });
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("walks supervision from the cockpit to a closed task", async () => {
    const sup = await open();
    await signIn(sup, "duchashi");
    await sup.waitForURL(/\/tracker$/u);
    expect(await sup.locator("h1").innerText()).toBe("督查驾驶舱");
    expect(await sup.locator("svg[role=img] title").first().textContent()).toContain("任务灯色分布");
    await shot(sup, "01-cockpit");

    await sup.getByRole("region", { name: "各单位推进情况" }).getByRole("link", { name: "区教育体育局", exact: true }).click();
    await sup.waitForURL(new RegExp(`/tracker/units/${orgA}$`, "u"));
    await sup.getByLabel("督办内容").fill("请于7月25日前报送学前教育资源建设进展");
    await sup.getByLabel("答复期限", { exact: true }).fill("2021-07-25");
    await sup.getByRole("button", { name: "发出督办" }).click();
    await sup.waitForURL(/#history$/u);
    expect(await sup.locator("#answer ~ ol.actions, section[aria-labelledby=answer] ol.actions").first().innerText()).toContain("请于7月25日前报送学前教育资源建设进展");
    await shot(sup, "02-reminder-sent");

    const rep = await open();
    await signIn(rep, "jiaotiju");
    await rep.waitForURL(new RegExp(`/tracker/units/${orgA}$`, "u"));
    await rep.getByRole("textbox", { name: "答复内容" }).first().fill("已安排专人负责，7月20日前报送");
    await rep.getByRole("button", { name: "提交答复" }).first().click();
    await rep.waitForURL(/#answer$/u);
    expect(await rep.locator("section[aria-labelledby=history]").innerText()).toContain("已安排专人负责");
    await shot(rep, "03-unit-answered");

    await rep.goto(`${server.url}/tracker/tasks/${taskId}`);
    expect(await rep.locator("article > p .light").innerText()).toBe("黄灯");
    await shot(rep, "04-task-yellow");
    await rep.getByRole("link", { name: /填报\s*2021年第二季度/u }).click();
    await rep.getByLabel("已完成工作").fill("<script>window.__xss = 1</script>新建幼儿园2所");
    await rep.getByLabel("下步计划").fill("推进第三所幼儿园建设");
    await rep.getByRole("radio", { name: "推进中" }).check();
    await rep.getByRole("button", { name: "报送", exact: true }).click();
    await rep.waitForURL(/#versions$/u);
    expect(await rep.locator("#versions ~ article, section[aria-labelledby=versions] article").first().innerText()).toContain("<script>window.__xss = 1</script>新建幼儿园2所");
    expect(await rep.evaluate(() => (globalThis as { __xss?: number }).__xss)).toBeUndefined();
    await shot(rep, "05-report-as-text");

    await rep.goto(`${server.url}/tracker/tasks/${taskId}`);
    expect(await rep.locator("article > p .light").innerText()).toBe("绿灯");
    await rep.getByLabel("办结情况说明").fill("新建幼儿园均已投入使用");
    await rep.getByRole("button", { name: "申请办结" }).click();
    await rep.waitForURL(/#completion$/u);
    expect(await rep.locator("section[aria-labelledby=completion]").innerText()).toContain("已申请办结");
    await shot(rep, "06-task-green-proposed");

    await sup.goto(`${server.url}/tracker/tasks/${taskId}`);
    await sup.getByRole("button", { name: "同意销号" }).click();
    await sup.waitForURL(/#completion$/u);
    expect(await sup.locator("section[aria-labelledby=completion]").innerText()).toContain("已办结销号");
    await shot(sup, "07-task-closed");

    const pub = await open();
    await pub.goto(`${server.url}/d/${documentId}/progress`);
    expect(await pub.locator("h1").innerText()).toContain("落实进展");
    expect(await pub.locator("body").innerText()).not.toContain("新建幼儿园2所");
    await shot(pub, "08-public-progress");

    await sup.goto(`${server.url}/tracker/bulletins?from=2021-07-01&to=2021-09-30`);
    expect(await sup.locator("article.bulletin h1").innerText()).toContain("通报");
    await shot(sup, "09-bulletin");

    await sup.goto(`${server.url}/tracker/assessment?period=2021-Q3`);
    const assessment = await sup.locator("main").innerText();
    expect(assessment).toContain("区教育体育局");
    expect(await sup.locator("main table").count()).toBeGreaterThan(0);
    await shot(sup, "10-assessment");
    const csv = await sup.request.get(`${server.url}/tracker/assessment.csv?period=2021-Q3`);
    expect(csv.status()).toBe(200);
    expect((await csv.text()).charCodeAt(0)).toBe(0xfeff);

    await sup.goto(`${server.url}/tracker/units/${orgA}`);
    expect(await sup.locator("h1").innerText()).toContain("区教育体育局");
    await shot(sup, "11-unit-page");
    const ics = await sup.request.get(`${server.url}/tracker/units/${orgA}/calendar.ics`);
    expect(ics.status()).toBe(200);
    const calendar = await ics.text();
    expect(calendar.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(calendar).toContain("BEGIN:VEVENT");

    await sup.getByRole("button", { name: "退出登录" }).click();
    await sup.waitForURL(/\/login$/u);
    await sup.goto(`${server.url}/tracker`);
    await sup.waitForURL(/\/login\?next=/u);
  });
});
