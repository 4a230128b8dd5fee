/**
 * `npm run bench:search`: imports the synthetic corpus (bench:corpus) with importIssue into a fresh
 * SQLite file — or, with DATABASE_URL=postgres://…, a fresh PostgreSQL database — and reports
 * import documents/s, search latency percentiles over the fixed query set, index size, and recall
 * and precision against exact substring matching, beside a naive LIKE scan of the same texts in
 * the same run. `BENCH_DOCS` caps the documents imported, `BENCH_REPEATS` the runs per query.
 * `BENCH_REUSE=1` (SQLite only) skips the import and searches the database the last run left.
 * `BENCH_BLOCK` sets the search block size (default: the product's), to see what it costs.
 * Prints figures, asserts nothing.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import type { Issue } from "../src/model/index.ts";
import { importIssue } from "../src/commands/index.ts";
import { findOrgByName } from "../src/store/index.ts";
import { allMatchIds, DEFAULT_BLOCK_SIZE, searchIndex, type SearchQuery } from "../src/search/index.ts";
import { RECALL_KINDS, type BenchQuery } from "./queries.ts";
import { indexSizes, likeScan, openBenchDatabase, openPlainTable } from "./search-db.ts";
import { mb, ms, percentile, verdict } from "./stats.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const corpusDir = `${root}bench/out/corpus`;
const cap = Number(process.env["BENCH_DOCS"] ?? Infinity);
const repeats = Math.max(5, Number(process.env["BENCH_REPEATS"] ?? 5));
const TARGET = { p99: 30, recall: 0.99, importRate: 500 };

const files = readdirSync(corpusDir).filter((f) => f.endsWith(".json")).sort();
const queries = JSON.parse(readFileSync(`${root}bench/out/queries.json`, "utf8")) as BenchQuery[];
if (files.length === 0) throw new Error("no corpus: run `npm run bench:corpus` first");
const reuse = process.env["BENCH_REUSE"] === "1";
const bench = await openBenchDatabase(root, process.env["DATABASE_URL"], reuse);
const { db } = bench;
console.log(`search benchmark on ${bench.dialect} (${bench.where}), ${queries.length} queries, ${repeats} runs each after a warm-up`);

// Import: only importIssue is timed; reading and parsing the JSON files is not the store's work.
let documents = 0;
let importMs = 0;
for (const file of reuse ? [] : files) {
  if (documents >= cap) break;
  const issue = JSON.parse(readFileSync(`${corpusDir}/${file}`, "utf8")) as Issue;
  const started = performance.now();
  const result = await importIssue(db, issue);
  importMs += performance.now() - started;
  documents += result.indexed;
  if (Math.floor(documents / 10_000) !== Math.floor((documents - result.indexed) / 10_000)) {
    console.log(`  … ${documents} documents, ${(documents / (importMs / 1000)).toFixed(0)} documents/s so far`);
  }
}
const importRate = documents / (importMs / 1000);
if (reuse) {
  const counted = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM search_docs`.execute(db);
  documents = Number(counted.rows[0]?.n ?? 0);
  console.log(`\nimport skipped (BENCH_REUSE=1): ${documents} documents already indexed`);
} else {
  console.log(`\nimport: ${documents} documents in ${(importMs / 1000).toFixed(1)} s = ${importRate.toFixed(0)} documents/s ` +
    `(target ≥ ${TARGET.importRate}: ${verdict(importRate >= TARGET.importRate)})`);
}

// Planner statistics, as an operator would gather them after a bulk import.
await (bench.dialect === "postgres" ? sql`VACUUM ANALYZE` : sql`ANALYZE`).execute(db);
console.log("\nindex size:");
for (const [label, bytes] of await indexSizes(bench)) console.log(`  ${label.padEnd(38)} ${mb(bytes)}`);

// The texts exactly as indexed (title + body), read back from the index's own table.
const texts = new Map<number, string>();
for (const row of (await sql<{ document_id: number; title: string; body: string }>`SELECT document_id, title, body FROM search_docs`.execute(db)).rows) {
  texts.set(Number(row.document_id), `${row.title}\n${row.body}`);
}

async function toQuery(b: BenchQuery): Promise<SearchQuery> {
  const query: SearchQuery = { q: b.q };
  if (b.category !== undefined) query.category = b.category;
  if (b.genre !== undefined) query.genre = b.genre;
  if (b.year !== undefined) query.year = b.year;
  if (b.sort !== undefined) query.sort = b.sort;
  if (b.orgName !== undefined) {
    const org = await findOrgByName(db, b.orgName);
    if (org) query.orgId = org.id;
  }
  return query;
}

const blockSize = process.env["BENCH_BLOCK"] ? Number(process.env["BENCH_BLOCK"]) : DEFAULT_BLOCK_SIZE;
const index = searchIndex(db, { blockSize });
const capped = `> ${blockSize.toLocaleString("en")} (a block)`;
const all: number[] = [];
const byKind = new Map<string, number[]>();
const perQuery: Array<{ b: BenchQuery; p50: number; total: number }> = [];
for (const b of queries) {
  const query = await toQuery(b);
  const first = await index.search(query);
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    await index.search(query);
    times.push(performance.now() - started);
  }
  all.push(...times);
  byKind.set(b.kind, [...(byKind.get(b.kind) ?? []), ...times]);
  perQuery.push({ b, p50: percentile(times, 50), total: first.totalIsExact ? first.total : Infinity });
}
const p99 = percentile(all, 99);
console.log(`\nsearch latency over ${all.length} runs (${documents} documents):`);
console.log(`  p50 ${ms(percentile(all, 50))}, p95 ${ms(percentile(all, 95))}, p99 ${ms(p99)} (target p99 ≤ ${TARGET.p99} ms: ${verdict(p99 <= TARGET.p99)})`);
for (const [kind, times] of byKind) console.log(`  ${kind.padEnd(10)} p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}`);
console.log("  slowest queries (median):");
for (const { b, p50, total } of [...perQuery].sort((x, y) => y.p50 - x.p50).slice(0, 5)) {
  console.log(`    ${ms(p50).padStart(10)}  ${JSON.stringify({ ...b, kind: undefined })} → ${Number.isFinite(total) ? total : capped} hits`);
}
// Most words of a corpus recombined from one issue are in a large share of its documents, so
// latency is also shown by how many documents a query matches.
// A query matching more than one block reports the block size with totalIsExact false.
const buckets: Array<[string, number, number]> = [["≤ 1,000 hits", 0, 1000], [`1,001–${blockSize.toLocaleString("en")} hits`, 1001, blockSize], [capped, blockSize + 1, Infinity]];
for (const [label, low, high] of buckets) {
  const picked = perQuery.filter((x) => x.total >= low && x.total <= high);
  if (picked.length > 0) console.log(`  ${label.padEnd(18)} ${String(picked.length).padStart(2)} queries, median of their medians ${ms(percentile(picked.map((x) => x.p50), 50))}`);
}
for (const { b, total, p50 } of perQuery.filter((x) => x.b.kind === "docnumber")) console.log(`  ${b.q} → ${total} hits in ${ms(p50)}`);

// Recall and precision against exact substring matching, over every plain one-term query.
let expectedTotal = 0;
let foundExpected = 0;
let foundTotal = 0;
const misses: string[] = [];
for (const b of queries.filter((x) => RECALL_KINDS.has(x.kind))) {
  const expected = new Set([...texts].filter(([, text]) => text.includes(b.q)).map(([id]) => id));
  const found = await allMatchIds(db, b.q);
  const hit = found.filter((id) => expected.has(id)).length;
  expectedTotal += expected.size;
  foundExpected += hit;
  foundTotal += found.length;
  if (hit < expected.size || found.length > hit) misses.push(`${b.q}: expected ${expected.size}, found ${found.length}, both ${hit}`);
}
const recall = expectedTotal === 0 ? 1 : foundExpected / expectedTotal;
const precision = foundTotal === 0 ? 1 : foundExpected / foundTotal;
console.log(`\nrecall ${recall.toFixed(4)} (target ≥ ${TARGET.recall}: ${verdict(recall >= TARGET.recall)}), precision ${precision.toFixed(4)} ` +
  `over ${expectedTotal} expected matches of ${queries.filter((x) => RECALL_KINDS.has(x.kind)).length} queries`);
for (const line of misses.slice(0, 8)) console.log(`  ${line}`);

// The naive baseline: a full LIKE scan of a plain table of the same texts, same queries, same run.
const plain = await openPlainTable(root, bench, texts);
const likeTimes: number[] = [];
const ftsTimes: number[] = [];
for (const b of queries.filter((x) => RECALL_KINDS.has(x.kind))) {
  await likeScan(plain.db, b.q);
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await likeScan(plain.db, b.q);
    likeTimes.push(performance.now() - started);
  }
  ftsTimes.push(perQuery.find((x) => x.b === b)?.p50 ?? 0);
}
await plain.close();
const likeP50 = percentile(likeTimes, 50);
console.log(`\nnaive LIKE '%…%' scan (same texts, same ${ftsTimes.length} queries): p50 ${ms(likeP50)}, p99 ${ms(percentile(likeTimes, 99))}`);
console.log(`  search p50 on those queries ${ms(percentile(ftsTimes, 50))}; LIKE/search p50 ratio ${(likeP50 / percentile(ftsTimes, 50)).toFixed(1)}×`);
await bench.close();
