/**
 * End to end in a real browser: the app served on an ephemeral port over SQLite with the gold
 * issue, walked home → issue → document → search → organisation, with a screenshot per step.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { connect, migrate } from "../store/index.ts";
import { migrateSearch } from "../search/index.ts";
import { importIssue } from "../commands/index.ts";
import { goldIssue, testConfig } from "./test-app.ts";
import { serve, type RunningServer } from "./serve.ts";

const SHOTS = fileURLToPath(new URL("../../test-results/e2e/", import.meta.url));
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

describe("the site in a browser", () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const shot = async (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), "gongbao-e2e-"));
    const databaseUrl = join(dir, "e2e.sqlite");
    const db = connect(databaseUrl);
    await migrate(db);
    await migrateSearch(db);
    await importIssue(db, goldIssue());
    await db.destroy();
    server = await serve(testConfig({ databaseUrl, port: 0, host: "127.0.0.1" }));
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: "zh-CN" });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("walks from the home page to an organisation", async () => {
    await page.goto(server.url);
    await expect.poll(() => page.title()).toContain("大武口区人民政府公报");
    expect(await page.locator(".masthead .no").innerText()).toContain("第3期");
    await shot("01-home");

    await page.getByRole("link", { name: "阅读本期" }).click();
    await page.waitForURL(/\/issues\/2021\/3$/u);
    expect(await page.locator("nav.toc li").count()).toBe(8);
    await shot("02-issue");

    await page.locator("nav.toc").getByRole("link", { name: /儿童青少年近视工作实施方案/u }).click();
    await page.waitForURL(/\/documents\/by-number\//u);
    expect(await page.locator("h1").innerText()).toContain("近视");
    expect(await page.locator("table.tasks tbody tr").count()).toBe(11);
    await shot("03-document");

    await page.getByLabel("搜索公报").fill("近视");
    await page.getByLabel("搜索公报").press("Enter");
    await page.waitForURL(/\/search\?q=/u);
    const marks = page.locator("ol.results mark");
    expect(await marks.count()).toBeGreaterThan(0);
    expect(await marks.first().innerText()).toBe("近视");
    await shot("04-search");

    await page.getByRole("link", { name: "单位" }).first().click();
    await page.getByRole("link", { name: "区教育体育局", exact: true }).click();
    await page.waitForURL(/\/orgs\/\d+$/u);
    expect(await page.locator("h1").innerText()).toBe("区教育体育局");
    expect(await page.locator("table.tasks tbody tr").count()).toBeGreaterThan(10);
    await shot("05-org");
  });

  it("shows the helpful 404 page for an unknown document", async () => {
    const res = await page.goto(`${server.url}/d/999999`);
    expect(res?.status()).toBe(404);
    expect(await page.locator("h1").innerText()).toBe("页面不存在");
    await shot("06-not-found");
  });
});
