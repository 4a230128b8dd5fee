/**
 * SQLite's partitioned FTS5 index on a real database: documents land in the partition of their id,
 * a union of more partitions than one compound SELECT may hold still finds everything, and the
 * upgrade from the single search_fts table tokenises existing documents into partitions.
 */
import { sql, Migrator, type Migration } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../store/test-databases.ts";
import { allMatchIds } from "../recall.ts";
import { migrateSearch, searchIndex, type SearchDocument } from "../index.ts";
import { listPartitions, PARTITION_SIZE } from "./partitions.ts";
import { sqliteSearchMigrations } from "./sqlite-migrations.ts";
import { charBigrams, tokensForIndex } from "../segmenter.ts";

function doc(id: number, text: string): SearchDocument {
  return {
    id, issueId: 1, title: `第${id}号文件`, docNumber: null, category: "甲类", genre: "通知", issuers: [], orgIds: [],
    year: 2021, issueNumber: 1, date: "2021-03-01", text,
  };
}

let t: TestDatabase | undefined;
afterEach(async () => {
  await t?.drop();
  t = undefined;
});

describe("partitioned FTS5 index", () => {
  it("puts each document in the partition of its id and removes it from there", async () => {
    t = await openTestDatabase("sqlite");
    await migrateSearch(t.db);
    const index = searchIndex(t.db);
    await index.index([doc(1, "网格化监管"), doc(PARTITION_SIZE + 5, "网格员巡查"), doc(3 * PARTITION_SIZE, "网格")]);
    expect(await listPartitions(t.db)).toEqual([3, 1, 0]);
    // Partitions older than the newest are sealed (merged into one segment) after the write.
    const { rows } = await sql<{ part: number; sealed: number }>`SELECT part, sealed FROM search_partitions ORDER BY part`.execute(t.db);
    expect(rows.map((row) => [Number(row.part), Number(row.sealed)])).toEqual([[0, 1], [1, 1], [3, 0]]);
    expect((await allMatchIds(t.db, "网格")).sort((a, b) => a - b)).toEqual([1, PARTITION_SIZE + 5, 3 * PARTITION_SIZE]);
    await index.remove([PARTITION_SIZE + 5]);
    expect((await allMatchIds(t.db, "网格")).sort((a, b) => a - b)).toEqual([1, 3 * PARTITION_SIZE]);
    // Re-indexing a document replaces it in its partition: the old text is no longer found.
    await index.index([doc(1, "低保审核")]);
    expect(await allMatchIds(t.db, "网格")).toEqual([3 * PARTITION_SIZE]);
    expect(await allMatchIds(t.db, "低保")).toEqual([1]);
  });

  it("searches more partitions than one compound SELECT may join", async () => {
    t = await openTestDatabase("sqlite");
    await migrateSearch(t.db);
    const docs = Array.from({ length: 520 }, (_, k) => doc(k * PARTITION_SIZE + 1, k % 2 === 0 ? "近视防控" : "视力筛查"));
    await searchIndex(t.db).index(docs);
    // SQLite refuses a compound SELECT of more than 500 terms.
    expect((await listPartitions(t.db)).length).toBe(520);
    const result = await searchIndex(t.db).search({ q: "近视", limit: 5 });
    expect(result).toMatchObject({ total: 260, totalIsExact: true });
    expect(result.hits.map((hit) => hit.documentId)).toHaveLength(5);
    expect((await allMatchIds(t.db, "视力")).length).toBe(260);
  });

  it("upgrades an index of one search_fts table into partitions, keeping every document findable", async () => {
    t = await openTestDatabase("sqlite");
    const provider = { getMigrations: async (): Promise<Record<string, Migration>> => sqliteSearchMigrations };
    const migrator = new Migrator({ db: t.db, provider, migrationTableName: "search_migration", migrationLockTableName: "search_migration_lock" });
    const before = await migrator.migrateTo("0002_facets");
    expect(before.error).toBeUndefined();
    // Documents as the previous version stored them: a search_docs row and a search_fts row each.
    const old = [doc(7, "农村人居环境整治"), doc(2 * PARTITION_SIZE + 3, "人居环境")];
    for (const d of old) {
      await sql`INSERT INTO search_docs (document_id, issue_id, title, issuers, org_ids, body) VALUES (${d.id}, 1, ${d.title}, '', '', ${d.text})`.execute(t.db);
      await sql`INSERT INTO search_fts (rowid, title_tokens, body_tokens, grams) VALUES (${d.id}, ${tokensForIndex(d.title).join(" ")},
        ${tokensForIndex(d.text).join(" ")}, ${[...charBigrams(d.title), ...charBigrams(d.text)].join(" ")})`.execute(t.db);
    }
    await migrateSearch(t.db);
    expect(await listPartitions(t.db)).toEqual([2, 0]);
    const { rows } = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'search_fts'`.execute(t.db);
    expect(Number(rows[0]?.n)).toBe(0);
    expect((await allMatchIds(t.db, "人居")).sort((a, b) => a - b)).toEqual([7, 2 * PARTITION_SIZE + 3]);
    expect((await searchIndex(t.db).search({ q: "环境整治" })).hits.map((hit) => hit.documentId)).toEqual([7]);
  });
});
