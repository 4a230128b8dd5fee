/** The rendered-page cache: what it keeps, and that a write drops what it kept. */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importIssue } from "../../commands/index.ts";
import { noteDataChange } from "../../store/index.ts";
import { testDialects } from "../../store/test-databases.ts";
import { goldIssue, openTestApp, type TestApp } from "../test-app.ts";
import { isCacheablePath } from "./page-cache.ts";
import { ByteLru } from "./lru.ts";

describe("ByteLru", () => {
  it("evicts the least recently used entries once over its byte bound", () => {
    const lru = new ByteLru<{ bytes: number }>(10);
    lru.set("a", { bytes: 4 });
    lru.set("b", { bytes: 4 });
    lru.get("a");
    lru.set("c", { bytes: 4 });
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toBeDefined();
    expect(lru.bytesUsed).toBe(8);
    lru.set("huge", { bytes: 11 });
    expect(lru.get("huge")).toBeUndefined();
    expect(lru.size).toBe(2);
  });
});

describe("isCacheablePath", () => {
  it("leaves out the tracker, sign-in, progress pages and search", () => {
    for (const path of ["/", "/d/3", "/d/3.json", "/issues/2021/3", "/api/v1/documents", "/feeds/documents.atom"]) expect(isCacheablePath(path)).toBe(true);
    for (const path of ["/tracker", "/tracker/tasks/1", "/tracker/bulletins.json", "/login", "/logout", "/d/3/progress", "/search", "/api/v1/search"]) {
      expect(isCacheablePath(path)).toBe(false);
    }
  });
});

describe.each(testDialects())("page cache on %s", (dialect) => {
  let ta: TestApp;
  beforeAll(async () => {
    ta = await openTestApp(dialect);
  });
  afterAll(async () => ta?.t.drop());

  it("serves a rendered page from memory until the data changes", async () => {
    const first = await ta.text("/api/v1/issues");
    expect(first.body).toContain('"cumulativeNumber":24');
    // A write that bypasses the store's functions is not seen: the page comes from the cache.
    await sql`UPDATE issues SET cumulative_number = 99`.execute(ta.t.db);
    const cached = await ta.text("/api/v1/issues");
    expect(cached.body).toBe(first.body);
    expect(cached.res.headers.get("ETag")).toBe(first.res.headers.get("ETag"));
    noteDataChange();
    expect((await ta.text("/api/v1/issues")).body).toContain('"cumulativeNumber":99');
    await sql`UPDATE issues SET cumulative_number = 24`.execute(ta.t.db);
    noteDataChange();
  });

  it("drops cached pages when an issue is imported", async () => {
    expect((await ta.text("/issues")).body).not.toContain("2022年");
    const gold = goldIssue();
    const next = { ...gold, year: 2022, number: 1, source: { ...gold.source, sha256: "0".repeat(64) } };
    await importIssue(ta.t.db, next);
    expect((await ta.text("/issues")).body).toContain("2022年");
    expect((await ta.text("/api/v1/issues")).body).toContain('"year":2022');
  });

  it("answers a revalidation of a cached page with 304", async () => {
    const first = await ta.get("/issues/2021/3");
    await first.text();
    const etag = first.headers.get("ETag") ?? "";
    expect(etag).not.toBe("");
    const again = await ta.get("/issues/2021/3", { "If-None-Match": etag });
    expect(again.status).toBe(304);
  });
});
