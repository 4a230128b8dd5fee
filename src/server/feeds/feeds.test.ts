/** Feeds, sitemap and data exports on both dialects, plus the CSV and Atom writers themselves. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../store/test-databases.ts";
import { Document, Issue } from "../../model/index.ts";
import { openTestApp, type TestApp } from "../test-app.ts";
import { csvCell, TASK_COLUMNS, toCsv } from "./csv.ts";

/** RFC 4180 reader, enough to check what we write. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { row.push(cell); cell = ""; } else if (ch === "\r" && text[i + 1] === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; i++; } else cell += ch;
  }
  expect(cell).toBe("");
  expect(row).toEqual([]);
  return rows;
}

/** Checks that XML is well-formed: balanced, properly nested tags and only the five entities. */
function checkXml(xml: string): string[] {
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  const stack: string[] = [];
  const names: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/u, "");
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(amp|lt|gt|quot|apos);)/gu)) {
    if (m[2] === undefined) throw new Error(`stray markup at ${m.index}: ${body.slice(m.index, m.index + 40)}`);
    if (m[1]) expect(stack.pop(), `closing ${m[2]}`).toBe(m[2]);
    else if (!m[4]) stack.push(m[2]);
    names.push(m[2]);
  }
  expect(stack).toEqual([]);
  return names;
}

describe("CSV writer", () => {
  it("quotes, defuses formulas and ends rows with CRLF after a BOM", () => {
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    const text = toCsv(["a", "b"], [["1", "x\ny"], ["-2", "+3"]]);
    expect(text.startsWith("\uFEFFa,b\r\n")).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual([["a", "b"], ["1", "x\ny"], ["'-2", "'+3"]]);
  });
});

describe.each(testDialects())("feeds and exports on %s", (dialect) => {
  let ta: TestApp;
  let orgId: string | undefined;
  let docId: string | undefined;
  beforeAll(async () => {
    ta = await openTestApp(dialect);
    orgId = /<a href="\/orgs\/(\d+)">区教育体育局<\/a>/u.exec((await ta.text("/orgs")).body)?.[1];
    docId = /href="\/d\/(\d+)\.json"/u.exec((await ta.text(`/documents/${encodeURIComponent("石大政办发〔2021〕10号")}`)).body)?.[1];
  });
  afterAll(async () => ta?.t.drop());

  it("serves issue and document JSON in the gongbao/issue@1 shapes, personal data hidden", async () => {
    const issue = await ta.get("/issues/2021/3.json");
    expect(issue.status).toBe(200);
    const parsed = Issue.parse(await issue.json());
    expect(parsed.documents).toHaveLength(8);
    expect(JSON.stringify(parsed)).not.toContain("1982.09.27");
    const doc = Document.parse(await (await ta.get(`/d/${docId}.json`)).json());
    expect(doc.docNumber).toBe("石大政办发〔2021〕10号");
    const missing = await ta.get("/d/999999.json");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: "not-found" } });
  });

  it("exports tasks as CSV that Excel opens", async () => {
    const res = await ta.get("/issues/2021/3/tasks.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/u);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...TASK_COLUMNS]);
    expect(rows).toHaveLength(138);
    expect(rows.every((r) => r.length === TASK_COLUMNS.length)).toBe(true);
    expect(rows[1]?.[3]).toBe("坚决守住耕地红线");
    const org = parseCsv((await (await ta.get(`/orgs/${orgId}/tasks.csv`)).text()).replace(/^\uFEFF/u, ""));
    expect(org.length).toBeGreaterThan(2);
    const doc = parseCsv((await (await ta.get(`/d/${docId}/tasks.csv`)).text()).replace(/^\uFEFF/u, ""));
    expect(doc).toHaveLength(12);
    expect((await ta.get("/orgs/999999/tasks.csv")).status).toBe(404);
  });

  it("publishes well-formed Atom feeds with absolute URLs", async () => {
    for (const path of ["/feeds/documents.atom", `/feeds/category/${encodeURIComponent("大武口区人民政府办公室文件")}.atom`, `/feeds/orgs/${orgId}.atom`]) {
      const res = await ta.get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/atom\+xml/u);
      const xml = await res.text();
      const names = checkXml(xml);
      expect(names[0]).toBe("feed");
      expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
      for (const required of ["id", "title", "updated", "entry", "link"]) expect(names, required).toContain(required);
      expect(xml).toMatch(/<link rel="self" type="application\/atom\+xml" href="https:\/\/gongbao\.example\.gov\.cn\/feeds\//u);
      for (const m of xml.matchAll(/href="([^"]+)"/gu)) expect(m[1]).toMatch(/^https:\/\/gongbao\.example\.gov\.cn\//u);
      for (const m of xml.matchAll(/<updated>([^<]+)<\/updated>/gu)) expect(Number.isNaN(Date.parse(m[1] ?? ""))).toBe(false);
    }
    const all = await (await ta.get("/feeds/documents.atom")).text();
    expect([...all.matchAll(/<entry>/gu)]).toHaveLength(8);
    expect((await ta.get(`/feeds/category/${encodeURIComponent("不存在")}.atom`)).status).toBe(404);
    expect((await ta.get("/feeds/orgs/999999.atom")).status).toBe(404);
  });

  it("lists every page in the sitemap", async () => {
    const res = await ta.get("/sitemap.xml");
    expect(res.status).toBe(200);
    const xml = await res.text();
    checkXml(xml);
    expect(xml).toContain("<loc>https://gongbao.example.gov.cn/issues/2021/3</loc>");
    expect([...xml.matchAll(/<loc>https:\/\/gongbao\.example\.gov\.cn\/(documents\/by-number|d)\//gu)]).toHaveLength(8);
  });
});
