/** importIssue on both dialects: one transaction for store and index, versions swap in search. */
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Issue } from "../model/index.ts";
import { listDocuments, migrate } from "../store/index.ts";
import { openTestDatabase, testDialects, type TestDatabase } from "../store/test-databases.ts";
import { migrateSearch, searchIndex } from "../search/index.ts";
import { documentText, importIssue, redactDocument, REDACTED } from "./index.ts";

const gold = Issue.parse(JSON.parse(readFileSync(new URL("../../samples/gold/dawukou-2021-03.json", import.meta.url), "utf8")));

describe.each(testDialects())("importIssue on %s", (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await migrate(t.db);
    await migrateSearch(t.db);
  });
  afterAll(async () => t?.drop());

  it("stores and indexes every document, then does nothing the second time", async () => {
    const first = await importIssue(t.db, gold);
    expect(first).toMatchObject({ status: "created", version: 1, indexed: 8 });
    const hits = await searchIndex(t.db).search({ q: "近视" });
    expect(hits.hits[0]?.title).toContain("近视");
    expect(hits.hits[0]?.snippet).toContain("<mark>近视</mark>");
    expect(await importIssue(t.db, gold)).toMatchObject({ status: "unchanged", indexed: 0 });
  });

  it("swaps the older version's documents out of the index", async () => {
    const corrected = structuredClone(gold);
    const doc = corrected.documents[4];
    if (doc) doc.title = "更正后的网格化监管通知";
    corrected.source.sha256 = createHash("sha256").update("corrected").digest("hex");
    const result = await importIssue(t.db, corrected);
    expect(result).toMatchObject({ status: "new-version", version: 2, indexed: 8 });
    const current = new Set((await listDocuments(t.db, { limit: 50 })).items.map((d) => d.id));
    const found = await searchIndex(t.db).search({ q: "网格", limit: 100 });
    expect(found.hits.length).toBeGreaterThan(0);
    expect(found.hits.every((h) => current.has(h.documentId))).toBe(true);
    expect((await searchIndex(t.db).search({ q: "更正后的网格化" })).total).toBe(1);
  });

  it("rolls the store back when indexing fails", async () => {
    const next = structuredClone(gold);
    next.number = 9;
    next.source.sha256 = createHash("sha256").update("issue-9").digest("hex");
    await t.db.schema.alterTable("search_docs").renameTo("search_docs_gone").execute();
    await expect(importIssue(t.db, next)).rejects.toMatchObject({ name: "GongbaoError" });
    expect((await listDocuments(t.db, { limit: 50, year: 2021 })).items.every((d) => d.issueNumber === 3)).toBe(true);
  });
});

describe("personal data", () => {
  const decision = gold.documents[3];
  it("never enters the search text", () => {
    const text = documentText(decision ?? gold.documents[0]!);
    expect(text).toContain("单景福");
    expect(text).not.toContain("1982.09.27");
    expect(text).not.toContain("怡心花园");
  });
  it("is hidden in published documents unless shown", () => {
    if (!decision) throw new Error("gold has no decision");
    const row = redactDocument(decision, false).attachments[0]?.tables[0]?.rows[0];
    expect(row?.slice(1, 5)).toEqual(["单景福", "男", REDACTED, REDACTED]);
    expect(redactDocument(decision, true).attachments[0]?.tables[0]?.rows[0]?.[3]).toBe("1982.09.27");
  });
});
