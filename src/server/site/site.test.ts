/** The website on both dialects, over the gold issue imported with importIssue. */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../store/test-databases.ts";
import { importIssue } from "../../commands/index.ts";
import { goldIssue, openTestApp, type TestApp } from "../test-app.ts";

const enc = encodeURIComponent;

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
}

describe.each(testDialects())("site on %s", (dialect) => {
  let ta: TestApp;
  beforeAll(async () => {
    ta = await openTestApp(dialect);
  });
  afterAll(async () => ta?.t.drop());

  it("shows the latest issue on the home page", async () => {
    const { status, body, res } = await ta.text("/");
    expect(status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/u);
    expect(body).toMatch(/^<!doctype html>\s*<html lang="zh-CN">/u);
    expect(body).toContain("大武口区人民政府公报");
    expect(body).toContain("第3期");
    expect(body).toContain('<a class="skip" href="#main">');
    expect(body).toMatch(/<label for="site-q">/u);
    expect(body).toContain("@media print");
  });

  it("lists issues by year and lays out an issue like its masthead", async () => {
    expect((await ta.text("/issues")).body).toContain("2021年");
    const { status, body } = await ta.text("/issues/2021/3");
    expect(status).toBe(200);
    expect(body).toContain("总第24期");
    expect(body).toContain("周浩");
    const toc = body.slice(body.indexOf('<nav class="toc"'), body.indexOf("</nav>", body.indexOf('<nav class="toc"')));
    expect(count(toc, /<li>/gu)).toBe(8);
    expect(count(toc, /<a href="\/(d|documents)\//gu)).toBe(8);
    expect(toc).toContain("【大武口区人民政府办公室文件】");
    expect(body).toContain('href="/issues/2021/3.json"');
    expect(body).toContain('href="/issues/2021/3/tasks.csv"');
  });

  it("renders a document by its number, in both URL forms", async () => {
    const byNumber = await ta.text(`/documents/${enc("石大政办发〔2021〕9号")}`);
    expect(byNumber.status).toBe(200);
    expect(byNumber.body).toContain("区人民政府办公室关于进一步建立“散乱污”企业网格化监管责任制的通知");
    expect(byNumber.body).toContain("本文目录");
    const ascii = await ta.text(`/documents/by-number/${enc("石大政办发")}/2021/9`);
    expect(ascii.status).toBe(200);
    expect(ascii.body).toContain("网格化监管责任制");
    expect(byNumber.body).toMatch(/href="\/orgs\/\d+"/u);
    expect(byNumber.body).toMatch(/<a href="\/d\/\d+\.json"/u);
  });

  it("renders tables, glossary and tasks", async () => {
    const doc = await ta.text(`/documents/${enc("石大党发〔2021〕23号")}`);
    expect(doc.body).toContain("<table>");
    expect(doc.body).toContain('<th scope="col">行政村</th>');
    expect(doc.body).toMatch(/<dl class="glossary"><dt>“三百三千”科技服务行动<\/dt>/u);
    expect(doc.body).toContain("<caption>");
    expect(doc.body).toContain("任务分工");
  });

  it("renders the 大事记 as a timeline grouped by date", async () => {
    const home = await ta.text("/issues/2021/3");
    const id = /<a href="\/d\/(\d+)">大武口区人民政府2021年4月大事记/u.exec(home.body)?.[1];
    expect(id).toBeDefined();
    const { status, body } = await ta.text(`/d/${id}`);
    expect(status).toBe(200);
    expect(body).toContain('<dl class="timeline"');
    expect(body).toContain('<time datetime="2021-04-01">2021年4月1日</time>');
    const chronicle = await ta.text("/chronicle");
    expect(count(chronicle.body, /<dd>/gu)).toBe(60);
  });

  it("hides personal data by default and shows it when configured", async () => {
    const { body } = await ta.text(`/documents/${enc("石大政发〔2021〕20号")}`);
    expect(body).toContain("单景福");
    expect(body).toContain("（已隐去）");
    expect(body).not.toContain("1982.09.27");
    expect(body).not.toContain("怡心花园");
    const open = await openTestApp(dialect, { showPersonalData: true });
    try {
      const shown = await open.text(`/documents/${enc("石大政发〔2021〕20号")}`);
      expect(shown.body).toContain("1982.09.27");
    } finally {
      await open.t.drop();
    }
  });

  it("lists an organisation's documents and tasks with role labels", async () => {
    const orgs = await ta.text("/orgs");
    const id = /<a href="\/orgs\/(\d+)">区教育体育局<\/a>/u.exec(orgs.body)?.[1];
    expect(id).toBeDefined();
    const { status, body } = await ta.text(`/orgs/${id}`);
    expect(status).toBe(200);
    expect(body).toContain("<h1>区教育体育局</h1>");
    expect(body).toContain("承担的任务");
    expect(body).toMatch(/<span class="roles">(牵头|责任|配合)<\/span>/u);
    expect(count(body, /<tr>/gu)).toBeGreaterThan(10);
  });

  it("searches with highlighted snippets, facets and filters", async () => {
    const { status, body } = await ta.text(`/search?q=${enc("近视")}`);
    expect(status).toBe(200);
    expect(body).toContain("<mark>近视</mark>");
    expect(body).toMatch(/href="\/search\?q=%E8%BF%91%E8%A7%86&amp;category=/u);
    const filtered = await ta.text(`/search?q=${enc("近视")}&year=2021&genre=${enc("通知")}&sort=date`);
    expect(filtered.status).toBe(200);
    expect((await ta.text("/search")).status).toBe(200);
    expect((await ta.text(`/search?q=${enc("近视")}&year=abc`)).status).toBe(400);
  });

  it("answers hostile queries with results or a 400 page, never a 500", async () => {
    for (const q of ['"', "*", "NEAR", "(", "AND", "'; DROP TABLE x;--", "近".repeat(1000), "NEAR(a b)", "%_\\"]) {
      const { status, body } = await ta.text(`/search?q=${enc(q)}`);
      expect([200, 400], q).toContain(status);
      expect(body).toContain("<html");
    }
    const bad = await ta.text(`/search?q=${enc("x".repeat(500))}`);
    expect(bad.status).toBe(400);
    expect(bad.body).toContain("请求有误");
  });

  it("answers unknown pages with a helpful 404", async () => {
    for (const path of ["/d/999999", "/orgs/999999", "/issues/1999/1", `/documents/${enc("石大政办发〔2099〕1号")}`, "/documents/nonsense", "/no/such/page", "/issues/2021/3/v/7"]) {
      const { status, body } = await ta.text(path);
      expect(status, path).toBe(404);
      expect(body, path).toContain("页面不存在");
      expect(body, path).toContain('href="/issues"');
      expect(body, path).toContain('role="search"');
    }
  });

  it("escapes markup found in document text", async () => {
    const hostile = goldIssue();
    hostile.year = 2020;
    hostile.number = 1;
    hostile.source.sha256 = createHash("sha256").update("hostile").digest("hex");
    const doc = hostile.documents[4];
    if (!doc) throw new Error("gold has no fifth document");
    doc.title = "关于<script>alert(1)</script>的通知";
    doc.docNumber = null;
    doc.docNumberParts = null;
    const entry = hostile.toc[4];
    if (entry) Object.assign(entry, { title: doc.title, docNumber: null });
    const first = doc.sections[0];
    if (first) first.text = "正文里的 <img src=x onerror=alert(2)> 标记";
    await importIssue(ta.t.db, hostile);
    const issue = await ta.text("/issues/2020/1");
    const id = /<a href="\/d\/(\d+)">关于&lt;script&gt;/u.exec(issue.body)?.[1];
    expect(id).toBeDefined();
    const { body } = await ta.text(`/d/${id}`);
    expect(body).toContain("关于&lt;script&gt;alert(1)&lt;/script&gt;的通知");
    expect(body).not.toContain("<script>alert(1)</script>");
    expect(body).toContain("&lt;img src=x onerror=alert(2)&gt;");
    const search = await ta.text(`/search?q=${enc("alert")}`);
    expect(search.body).not.toContain("<script>alert");

    const corrected = structuredClone(hostile);
    corrected.source.sha256 = createHash("sha256").update("hostile-corrected").digest("hex");
    await importIssue(ta.t.db, corrected);
    const current = await ta.text("/issues/2020/1");
    expect(current.body).toContain('href="/issues/2020/1/v/1"');
    const old = await ta.text("/issues/2020/1/v/1");
    expect(old.status).toBe(200);
    expect(old.body).toContain("已有更正后的版本");
    expect(old.body).toContain(`href="/d/${id}"`);
    const oldDoc = await ta.text(`/d/${id}`);
    expect(oldDoc.body).toContain("本文出自已被更正的旧版期刊");
    expect(oldDoc.body).toContain("任务分工");
  });
});
