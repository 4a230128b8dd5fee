/** Recall of the search index against exact substring matching, for tests and the benchmark. */
import { sql } from "kysely";
import type { SearchDb } from "./dialect.ts";
import { dialectFor } from "./dialect-name.ts";
import { postgresSearch } from "./postgres/postgres-search.ts";
import { parseSearchQuery } from "./query.ts";
import { searchIndex } from "./search-index.ts";
import { sqliteSearch } from "./sqlite/sqlite-search.ts";

/** Recall of one query: what substring matching expects and what search missed. */
export interface QueryRecall {
  q: string;
  expected: number[];
  found: number[];
  missing: number[];
}

/** Overall recall (found ∩ expected / expected, 1 when nothing is expected) with per-query detail. */
export interface RecallReport {
  recall: number;
  queries: QueryRecall[];
}

/** Every document id a query returns, following cursors to the end. */
export async function allHitIds(db: SearchDb, q: string): Promise<number[]> {
  const index = searchIndex(db);
  const ids: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await index.search({ q, limit: 100, ...(cursor ? { cursor } : {}) });
    ids.push(...page.hits.map((hit) => hit.documentId));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

/**
 * Runs each query and compares with the documents whose text contains it verbatim;
 * `corpusTexts` maps document id to its indexed text (title and body).
 */
export async function measureRecall(db: SearchDb, queries: string[], corpusTexts: ReadonlyMap<number, string>): Promise<RecallReport> {
  let expectedTotal = 0;
  let foundTotal = 0;
  const report: QueryRecall[] = [];
  for (const q of queries) {
    const expected = [...corpusTexts].filter(([, text]) => text.includes(q)).map(([id]) => id).sort((a, b) => a - b);
    const found = (await allHitIds(db, q)).sort((a, b) => a - b);
    const got = new Set(found);
    const missing = expected.filter((id) => !got.has(id));
    expectedTotal += expected.length;
    foundTotal += expected.length - missing.length;
    report.push({ q, expected, found, missing });
  }
  return { recall: expectedTotal === 0 ? 1 : foundTotal / expectedTotal, queries: report };
}

/**
 * Every document whose text matches `q` (the text-match half of a search, without paging), so a
 * benchmark can measure recall on words that match more documents than a cursor may page through.
 */
export async function allMatchIds(db: SearchDb, q: string): Promise<number[]> {
  const parsed = parseSearchQuery({ q });
  const dialect = dialectFor(db) === "postgres" ? postgresSearch : sqliteSearch;
  const match = await dialect.textMatch(db, parsed.terms, parsed.rankTokens);
  const { rows } = await sql<{ document_id: number }>`SELECT m.document_id FROM (${match}) AS m`.execute(db);
  return rows.map((row) => Number(row.document_id));
}
