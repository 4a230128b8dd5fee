/**
 * Blocked search on a generated corpus with a block of 50: totals and facets are marked inexact
 * beyond a block, and paging walks block after block so every match comes back exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDialects, type TestDatabase } from "../store/test-databases.ts";
import { migrateSearch, searchIndex, type SearchDocument, type SearchIndex, type SearchQuery } from "./index.ts";

const BLOCK = 50;
const CATEGORIES = ["甲类", "乙类", "丙类"];
/**
 * Document ids of the n-th document (1-based): consecutive, or 700 apart, so that on SQLite the
 * corpus spans 16 FTS5 partitions and a block spans several of them.
 */
const LAYOUTS: Record<string, (n: number) => number> = { consecutive: (n) => n, spread: (n) => n * 700 };
/** 180 documents; "公报" is in two of three, "专项" in one of nine; the 7th and 140th carry document numbers. */
function corpus(idOf: (n: number) => number): SearchDocument[] {
  return Array.from({ length: 180 }, (_, i) => {
    const n = i + 1;
    const words = [n % 3 !== 0 ? "公报发布" : "其他内容", n % 9 === 0 ? "专项行动" : "日常工作", n % 5 === 0 ? "公报公报" : ""];
    return {
      id: idOf(n), issueId: 1, title: `第${n}号文件`, docNumber: n === 7 || n === 140 ? `测政发〔2021〕${n}号` : null,
      category: CATEGORIES[n % 3] ?? null, genre: n % 2 === 0 ? "通知" : "决定", issuers: [], orgIds: [],
      year: 2000 + (n % 4), issueNumber: 1, date: `20${String(10 + (n % 13)).padStart(2, "0")}-01-${String(1 + (n % 28)).padStart(2, "0")}`,
      text: `${words.join("，")}。`,
    };
  });
}
function matcher(docs: SearchDocument[]) {
  return (word: string, keep: (doc: SearchDocument) => boolean = () => true): number[] =>
    docs.filter((doc) => `${doc.title}\n${doc.text}`.includes(word) && keep(doc)).map((doc) => doc.id);
}

/** Block-size results per layout and dialect, compared below. */
const firstBlocks = new Map<string, Map<string, number[]>>();
const QUERIES: Array<[string, SearchQuery, (doc: SearchDocument) => boolean]> = [
  ["relevance", { q: "公报" }, () => true],
  ["date", { q: "公报", sort: "date" }, () => true],
  ["filtered", { q: "公报", genre: "通知" }, (doc) => doc.genre === "通知"],
  ["docnumber", { q: "测政发〔2021〕140号" }, () => true],
];
const CASES = testDialects().flatMap((dialect) => Object.keys(LAYOUTS).map((layout) => [dialect, layout] as const));

async function pageAll(index: SearchIndex, query: SearchQuery, limit: number): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await index.search({ ...query, limit, ...(cursor ? { cursor } : {}) });
    ids.push(...page.hits.map((hit) => hit.documentId));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

describe.each(CASES)("blocked search on %s, %s ids", (dialect, layout) => {
  let t: TestDatabase;
  let index: SearchIndex;
  const idOf = LAYOUTS[layout] ?? ((n: number) => n);
  const docs = corpus(idOf);
  const matching = matcher(docs);

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await migrateSearch(t.db);
    await searchIndex(t.db).index(docs);
    index = searchIndex(t.db, { blockSize: BLOCK });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("marks the total and facets of a broad query as inexact and counts only the newest block", async () => {
    const result = await index.search({ q: "公报" });
    expect(result).toMatchObject({ total: BLOCK, totalIsExact: false, facetsAreExact: false });
    const newest = matching("公报").slice(-BLOCK);
    const byGenre = Object.values(result.facets.genre).reduce((a, b) => a + b, 0);
    expect(byGenre).toBe(BLOCK);
    expect(result.facets.genre["通知"]).toBe(docs.filter((doc) => newest.includes(doc.id) && doc.genre === "通知").length);
    // 132 documents match; the block's share of its id range, applied to all ids, comes close.
    expect(matching("公报")).toHaveLength(132);
    expect(result.estimatedTotal).toBeGreaterThanOrEqual(119);
    expect(result.estimatedTotal).toBeLessThanOrEqual(145);
  });

  it("gives exact totals and facets when the matches fit in one block", async () => {
    const result = await index.search({ q: "专项" });
    expect(result).toMatchObject({ total: matching("专项").length, estimatedTotal: matching("专项").length, totalIsExact: true, facetsAreExact: true });
    expect(matching("专项").length).toBeLessThanOrEqual(BLOCK);
  });

  it.each(QUERIES)("pages through every %s match exactly once, block after block", async (name, query, keep) => {
    const expected = query.q.startsWith("测政发") ? [idOf(140)] : matching(query.q, keep);
    const ids = await pageAll(index, query, 7);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => a - b)).toEqual(expected);
    // One page larger than a block holds the whole first block.
    const firstBlock = (await index.search({ ...query, limit: 100 })).hits.map((hit) => hit.documentId);
    expect(firstBlock.length).toBe(Math.min(expected.length, BLOCK));
    const key = `${layout} ${name}`;
    const byDialect = firstBlocks.get(key) ?? new Map<string, number[]>();
    byDialect.set(dialect, [...firstBlock].sort((a, b) => a - b));
    firstBlocks.set(key, byDialect);
  });

  it("ranks the newest block by relevance and sorts it by date when asked", async () => {
    const first = await index.search({ q: "公报", limit: 100 });
    const newest = new Set(matching("公报").slice(-BLOCK));
    expect(first.hits.every((hit) => newest.has(hit.documentId))).toBe(true);
    // "公报公报" documents (every fifth) hold the word three times and rank above those that hold it once.
    const ordinal = docs.findIndex((doc) => doc.id === first.hits[0]?.documentId) + 1;
    expect(ordinal % 5).toBe(0);
    const byDate = await index.search({ q: "公报", sort: "date", limit: 100 });
    const dates = byDate.hits.map((hit) => hit.date ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe("blocked search on both dialects", () => {
  it.runIf(testDialects().length > 1)("returns the same first block for the same query and block size", () => {
    expect(firstBlocks.size).toBe(QUERIES.length * Object.keys(LAYOUTS).length);
    for (const [name, byDialect] of firstBlocks) expect(byDialect.get("postgres"), name).toEqual(byDialect.get("sqlite"));
  });
});
