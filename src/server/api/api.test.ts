/** The JSON API on both dialects, over the gold issue imported with importIssue. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../store/test-databases.ts";
import { Issue } from "../../model/index.ts";
import { openTestApp, type TestApp } from "../test-app.ts";
import { OPENAPI_PATHS } from "./openapi.ts";

async function json(ta: TestApp, path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await ta.get(path);
  expect(res.headers.get("content-type")).toMatch(/application\/json/u);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

interface Item { id: number; title: string | null; links: Record<string, string> }

describe.each(testDialects())("API on %s", (dialect) => {
  let ta: TestApp;
  beforeAll(async () => {
    ta = await openTestApp(dialect);
  });
  afterAll(async () => ta?.t.drop());

  it("lists issues and serves one as gongbao/issue@1", async () => {
    const list = await json(ta, "/api/v1/issues");
    expect(list.status).toBe(200);
    expect(list.body["items"]).toMatchObject([{ year: 2021, number: 3, cumulativeNumber: 24, documentCount: 8, current: true }]);
    const issue = await json(ta, "/api/v1/issues/2021/3");
    const parsed = Issue.parse(issue.body);
    expect(parsed.schema).toBe("gongbao/issue@1");
    expect(parsed.documents).toHaveLength(8);
  });

  it("pages through documents, each once", async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await json(ta, `/api/v1/documents?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.status).toBe(200);
      seen.push(...(page.body["items"] as Item[]).map((d) => d.id));
      cursor = page.body["nextCursor"] as string | null;
    } while (cursor);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    const one = await json(ta, `/api/v1/documents/${seen[0]}`);
    expect(one.body).toMatchObject({ id: seen[0], document: { seq: expect.any(Number) as number } });
  });

  it("validates parameters and names the field", async () => {
    expect((await json(ta, "/api/v1/documents?limit=0")).body).toMatchObject({ error: { code: "bad-request", field: "limit" } });
    expect((await json(ta, "/api/v1/documents?limit=abc")).status).toBe(400);
    expect((await json(ta, "/api/v1/documents?cursor=garbage")).body).toMatchObject({ error: { field: "cursor" } });
    expect((await json(ta, "/api/v1/tasks?role=boss")).body).toMatchObject({ error: { field: "role" } });
    expect((await json(ta, "/api/v1/documents/abc")).body).toMatchObject({ error: { code: "bad-request", field: "id" } });
    expect((await json(ta, "/api/v1/search")).body).toMatchObject({ error: { field: "q" } });
  });

  it("answers unknown ids and paths with a JSON 404", async () => {
    for (const path of ["/api/v1/documents/999999", "/api/v1/orgs/999999", "/api/v1/orgs/999999/tasks", "/api/v1/issues/1999/1", "/api/v1/nothing"]) {
      const res = await json(ta, path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).toMatchObject({ error: { code: "not-found" } });
    }
  });

  it("serves organisations and their tasks", async () => {
    const orgs = (await json(ta, "/api/v1/orgs")).body["items"] as Array<Item & { name: string }>;
    const edu = orgs.find((o) => o.name === "区教育体育局");
    expect(edu).toBeDefined();
    const detail = await json(ta, `/api/v1/orgs/${edu?.id}`);
    expect((detail.body["documents"] as unknown[]).length).toBeGreaterThan(0);
    const tasks = await json(ta, `/api/v1/orgs/${edu?.id}/tasks?limit=500`);
    const items = tasks.body["items"] as Array<{ lead: Array<{ orgId: number }>; responsible: Array<{ orgId: number }>; cooperating: Array<{ orgId: number }> }>;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((t) => [...t.lead, ...t.responsible, ...t.cooperating].some((u) => u.orgId === edu?.id))).toBe(true);
    const lead = await json(ta, `/api/v1/tasks?org=${edu?.id}&role=lead&limit=500`);
    expect((lead.body["items"] as Array<{ lead: Array<{ orgId: number }> }>).every((t) => t.lead.some((u) => u.orgId === edu?.id))).toBe(true);
  });

  it("searches with marked snippets and facets; hostile text is 200 or 400", async () => {
    const found = await json(ta, `/api/v1/search?q=${encodeURIComponent("近视")}`);
    expect(found.status).toBe(200);
    expect(JSON.stringify(found.body["hits"])).toContain("<mark>近视</mark>");
    expect(found.body["facets"]).toMatchObject({ year: { "2021": expect.any(Number) as number } });
    for (const q of ['"', "*", "NEAR", "(", "AND", "'; DROP TABLE x;--", "x".repeat(2000), " "]) {
      const res = await ta.get(`/api/v1/search?q=${encodeURIComponent(q)}`);
      expect([200, 400], q).toContain(res.status);
    }
  });

  it("sends ETag and Cache-Control, and 304 on If-None-Match", async () => {
    const first = await ta.get("/api/v1/issues");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^".+"$/u);
    expect(first.headers.get("cache-control")).toMatch(/public, max-age=\d+/u);
    const again = await ta.get("/api/v1/issues", { "If-None-Match": etag ?? "" });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect((await ta.get("/api/v1/documents/999999")).headers.get("cache-control")).toBe("no-store");
  });

  it("hides personal data unless the setting is on", async () => {
    const issue = Issue.parse((await json(ta, "/api/v1/issues/2021/3")).body);
    const roster = issue.documents[3]?.attachments[0]?.tables[0];
    expect(roster?.rows[0]?.[3]).toBe("（已隐去）");
    expect(JSON.stringify(issue)).not.toContain("1982.09.27");
    const open = await openTestApp(dialect, { showPersonalData: true });
    try {
      const shown = Issue.parse(await (await open.get("/api/v1/issues/2021/3")).json());
      expect(shown.documents[3]?.attachments[0]?.tables[0]?.rows[0]?.[3]).toBe("1982.09.27");
    } finally {
      await open.t.drop();
    }
  });

  it("describes itself in OpenAPI 3.1 with every path", async () => {
    const doc = await json(ta, "/api/openapi.json");
    expect(doc.body["openapi"]).toBe("3.1.0");
    const paths = Object.keys(doc.body["paths"] as object);
    for (const path of ["/api/v1/issues", "/api/v1/issues/{year}/{number}", "/api/v1/documents", "/api/v1/documents/{id}", "/api/v1/search",
      "/api/v1/orgs", "/api/v1/orgs/{id}", "/api/v1/orgs/{id}/tasks", "/api/v1/tasks"]) expect(paths).toContain(path);
    expect(paths).toEqual(OPENAPI_PATHS);
    expect(JSON.stringify(doc.body)).not.toContain("\"additionalProperties\":false");
    const text = JSON.stringify(doc.body);
    for (const ref of text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/gu)) {
      expect((doc.body["components"] as { schemas: Record<string, unknown> }).schemas[ref[1] ?? ""], ref[1]).toBeDefined();
    }
  });
});
