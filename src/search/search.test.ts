import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isGongbaoError } from "../model/errors.ts";
import { openTestDatabase, testDialects, type TestDatabase } from "../store/test-databases.ts";
import { addUserWords, allHitIds, measureRecall, migrateSearch, searchIndex, type SearchDocument, type SearchIndex } from "./index.ts";
import { sampleCorpus, searchableText } from "./test-corpus.ts";

const { docs, orgNames } = sampleCorpus();
const hostile: SearchDocument = {
  id: 900, issueId: 2, title: "测试文件", docNumber: null, category: "测试", genre: "通知", issuers: ["某单位"],
  orgIds: [], year: 2022, issueNumber: 1, date: "2022-01-01",
  text: "关于近视的说明 <script>alert(1)</script> & \"引号\" 结束",
};
const FILLER = "春夏秋冬东南西北上下左右金木水火土山川河海天地日月星辰风雨雷电花草树木鸟兽虫鱼";
const filler = (n: number): string => Array.from({ length: n }, (_, i) => FILLER[i % FILLER.length]).join("");
/** Longer than one PostgreSQL grams chunk, with markers across a chunk seam and near the end. */
const long: SearchDocument = {
  ...hostile, id: 901, title: "长文件", category: "专项 文件（试行）", text: `${filler(1998)}独特标记词${filler(3000)}尾部标记${filler(10)}`,
};
const corpus = [...docs, hostile, long];
const texts = new Map(corpus.map((doc) => [doc.id, searchableText(doc)]));
const expectedIds = (q: string): number[] => [...texts].filter(([, text]) => text.includes(q)).map(([id]) => id).sort((a, b) => a - b);
const sorted = (ids: number[]): number[] => [...ids].sort((a, b) => a - b);

/** Queries compared across dialects. */
const CROSS_QUERIES = [
  "近视", "低保", "网格", "乡村振兴", "农水局", "区农业农村和水务局", "脱贫攻坚", "教育", "学在大武口", "见义勇为",
  "散乱污", "审批服务", "便民化", "大事记", "星海镇", "2021", "乡村 振兴", "责任单位", "儿童青少年近视", "监管 网格化",
];
const HOSTILE_QUERIES = [
  '"', "*", "NEAR", "(", ")", "AND", "OR", "NOT", "'; DROP TABLE search_docs; --", "", "   ", "x".repeat(1000),
  "近".repeat(1000), 'a" OR "b', "title_tokens : 近视", "{grams}: x", "近视*", "^近视", "近视 -防控", "'近视' <-> '防控'",
  "a:*", "!!", "\\", "%_", "NEAR(近视 防控, 2)", "\u0000", "\uE000", "😀", "ＡＮＤ",
];

const results = new Map<string, Map<string, number[]>>();

describe.each(testDialects())("search on %s", (dialect) => {
  let t: TestDatabase;
  let index: SearchIndex;
  const record = (q: string, ids: number[]): void => {
    const byQuery = results.get(q) ?? new Map<string, number[]>();
    byQuery.set(dialect, sorted(ids));
    results.set(q, byQuery);
  };

  beforeAll(async () => {
    addUserWords(orgNames);
    t = await openTestDatabase(dialect);
    await migrateSearch(t.db);
    await migrateSearch(t.db);
    index = searchIndex(t.db);
    await index.index(corpus);
    await index.index(corpus.slice(0, 3)); // re-indexing replaces
  });
  afterAll(async () => {
    await t?.drop();
  });

  it.each(["近视", "低保", "网格", "乡村振兴", "农水局"])("finds exactly the documents containing %s", async (q) => {
    const expected = expectedIds(q);
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(await allHitIds(t.db, q))).toEqual(expected);
  });

  it("has full recall for substrings cut from the corpus", async () => {
    const queries = ["加快农业", "镇人民政府", "工作实施方", "视力", "网格化监管", "文明", "防止", "群众", "用药", "到2025年"];
    const report = await measureRecall(t.db, queries, texts);
    expect(report.queries.filter((r) => r.missing.length > 0)).toEqual([]);
    expect(report.recall).toBe(1);
  });

  it("finds phrases across chunk seams of long documents", async () => {
    expect(await allHitIds(t.db, "独特标记词")).toEqual([901]);
    expect(await allHitIds(t.db, "尾部标记")).toEqual([901]);
  });

  it("records the cross-dialect queries", async () => {
    for (const q of CROSS_QUERIES) record(q, await allHitIds(t.db, q));
  });

  it("narrows by filters and counts facets", async () => {
    const all = await index.search({ q: "乡村振兴" });
    expect(all.total).toBe(expectedIds("乡村振兴").length);
    expect(all.facets.year).toEqual({ "2021": all.total });
    const byCategory = await index.search({ q: "低保", category: "党政联合发文件" });
    expect(sorted(byCategory.hits.map((h) => h.documentId))).toEqual([10, 20]);
    expect(byCategory.facets.category).toEqual({ 党政联合发文件: 2 });
    expect((await index.search({ q: "近视", year: 2022 })).hits.map((h) => h.documentId)).toEqual([900]);
    expect((await index.search({ q: "近视", genre: "通知", year: 2021 })).hits.map((h) => h.documentId)).toEqual([60]);
    expect((await index.search({ q: "网格", orgId: 10 })).hits.map((h) => h.documentId).sort()).toEqual([10, 50]);
    expect((await index.search({ q: "网格", orgId: 1 })).hits.map((h) => h.documentId).sort()).toEqual([10, 70]);
    expect((await index.search({ q: "近视", issuer: "大武口区人民政府办公室" })).hits.map((h) => h.documentId)).toEqual([60]);
    expect((await index.search({ q: "近视", category: "100%_" })).total).toBe(0);
    expect((await index.search({ q: "近视", issueNumber: 1 })).hits.map((h) => h.documentId)).toEqual([900]);
    // A value with spaces and punctuation is one filter value, not its pieces.
    expect((await index.search({ q: "尾部标记", category: "专项 文件（试行）" })).hits.map((h) => h.documentId)).toEqual([901]);
    expect((await index.search({ q: "尾部标记", category: "专项" })).total).toBe(0);
  });

  it.each(["石大政办发〔2021〕9号", "政办发 9号", "石大政办发2021年9号", "石大政办发[2021]9号", "(2021)9号"])(
    "ranks the document number %s first",
    async (q) => {
      const result = await index.search({ q });
      expect(result.hits[0]?.documentId).toBe(50);
      expect(result.hits[0]?.docNumber).toBe("石大政办发〔2021〕9号");
    },
  );

  it("marks hits in escaped snippets", async () => {
    const result = await index.search({ q: "近视" });
    for (const hit of result.hits) expect(hit.snippet).toContain("<mark>近视</mark>");
    const hostileHit = result.hits.find((h) => h.documentId === 900);
    expect(hostileHit?.snippet).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(hostileHit?.snippet).not.toContain("<script>");
    const script = await index.search({ q: "script" });
    expect(script.hits.map((h) => h.documentId)).toEqual([900]);
    expect(script.hits[0]?.snippet).toContain("&lt;<mark>script</mark>&gt;");
  });

  it("ranks title hits above body hits and sorts by date", async () => {
    const relevance = await index.search({ q: "近视" });
    expect(relevance.hits[0]?.documentId).toBe(60);
    const byDate = await index.search({ q: "乡村振兴", sort: "date" });
    const dates = byDate.hits.map((h) => h.date ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("never lets hostile queries through as anything but bad-request", async () => {
    for (const q of HOSTILE_QUERIES) {
      try {
        const result = await index.search({ q });
        expect(Array.isArray(result.hits)).toBe(true);
      } catch (error) {
        expect(isGongbaoError(error) ? error.code : String(error), `query ${JSON.stringify(q.slice(0, 40))}`).toBe("bad-request");
      }
    }
    await expect(index.search({ q: "" })).rejects.toMatchObject({ code: "bad-request" });
    await expect(index.search({ q: "近视", cursor: "garbage" })).rejects.toMatchObject({ code: "bad-request" });
    await expect(index.search({ q: "近视", limit: 0 })).rejects.toMatchObject({ code: "bad-request" });
    expect((await index.search({ q: "近视" })).total).toBeGreaterThan(0);
  });

  it("pages with cursors, returning each hit once", async () => {
    const q = "工作";
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await index.search({ q, limit: 2, ...(cursor ? { cursor } : {}) });
      expect(page.total).toBe(expectedIds(q).length);
      seen.push(...page.hits.map((h) => h.documentId));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBeGreaterThan(1);
    expect(new Set(seen).size).toBe(seen.length);
    expect(sorted(seen)).toEqual(expectedIds(q));
  });

  it("removes documents and indexes inside a caller's transaction", async () => {
    await index.remove([900, 12345]);
    expect(await allHitIds(t.db, "script")).toEqual([]);
    await t.db.transaction().execute(async (trx) => {
      await searchIndex(trx).index([hostile]);
    });
    expect(await allHitIds(t.db, "script")).toEqual([900]);
  });
});

describe("both dialects", () => {
  it.runIf(testDialects().length > 1)("return the same document sets", () => {
    expect(results.size).toBe(CROSS_QUERIES.length);
    for (const [q, byDialect] of results) {
      expect(byDialect.get("postgres"), q).toEqual(byDialect.get("sqlite"));
      expect(byDialect.get("sqlite"), q).toEqual(expectedIds(q.split(" ")[0] ?? q).filter((id) => q.split(" ").every((w) => texts.get(id)?.includes(w))));
    }
  });
});
