/**
 * The SQLite full-text index is split into FTS5 tables of consecutive document-id ranges
 * ("partitions"), newest last. Why: FTS5's bm25 learns each phrase's document frequency by reading
 * that phrase's whole posting list in the table it searches, on every query. In one table of
 * 100,000 documents that alone cost 50–130 ms for a broad query, however few rows were kept. A
 * search ranks the newest matches (see search-runner.ts), which live in the newest partitions, so
 * only those are read; document frequencies are then per partition, as per-shard term statistics
 * are in distributed search engines.
 */
import { sql, type QueryExecutorProvider, type RawBuilder } from "kysely";
import type { TextMatchRow } from "../dialect.ts";
import { charBigrams, tokensForIndex } from "../segmenter.ts";
import { facetTokens, type FacetSource } from "./facet-tokens.ts";

/** Documents per partition: partition k holds ids k·PARTITION_SIZE … (k+1)·PARTITION_SIZE − 1. */
export const PARTITION_SIZE = 8192;
/** A private-use token between title and body grams: no query can contain it, so no phrase spans the seam. */
const SEAM = "\uE000";
/** SQLite refuses compound SELECTs of more than 500 terms; longer unions are nested in chunks. */
const MAX_ARMS = 400;

/** The partition a document id belongs to. */
export function partitionOf(documentId: number): number {
  return Math.floor(documentId / PARTITION_SIZE);
}

/** The FTS5 table of partition `part`. */
export function partitionTable(part: number): string {
  return `search_fts_${part}`;
}

/** The FTS5 columns of one document: jieba words of title and body (ranking), the recall bigrams, filter tokens. */
export interface FtsRow {
  rowid: number;
  title_tokens: string;
  body_tokens: string;
  grams: string;
  facets: string;
}

/** What a document's FTS5 row is made from: its search_docs row. */
export type FtsSource = FacetSource & { document_id: number; title: string; body: string };

/** Tokenises a document for its partition's FTS5 table. */
export function ftsRow(doc: FtsSource): FtsRow {
  return {
    rowid: doc.document_id,
    title_tokens: tokensForIndex(doc.title).join(" "),
    body_tokens: tokensForIndex(doc.body).join(" "),
    grams: `${charBigrams(doc.title).join(" ")} ${SEAM} ${charBigrams(doc.body).join(" ")}`,
    facets: facetTokens(doc),
  };
}

/** Existing partitions, newest first. */
export async function listPartitions(db: QueryExecutorProvider): Promise<number[]> {
  const { rows } = await sql<{ part: number }>`SELECT part FROM search_partitions ORDER BY part DESC`.execute(db);
  return rows.map((row) => Number(row.part));
}

/** Creates the FTS5 tables of any of `parts` that do not exist yet; run inside the writer's transaction. */
async function ensurePartitions(db: QueryExecutorProvider, parts: Iterable<number>): Promise<void> {
  const existing = new Set(await listPartitions(db));
  for (const part of new Set(parts)) {
    if (existing.has(part)) continue;
    // Contentless: tokens are only needed in the index; snippets come from search_docs.body.
    await sql`CREATE VIRTUAL TABLE ${sql.table(partitionTable(part))} USING fts5(
      title_tokens, body_tokens, grams, facets,
      tokenize = 'unicode61 remove_diacritics 0',
      content = '', contentless_delete = 1
    )`.execute(db);
    await sql`INSERT INTO search_partitions (part, sealed) VALUES (${part}, 0)`.execute(db);
  }
}

/**
 * Seals every partition older than the newest that is not sealed yet: merges its segments into
 * one (FTS5 'optimize', about 0.6 s for a full partition). An import adds a few dozen documents
 * at a time, which leaves a partition in many segments that every query has to open (a search
 * that walks all partitions took 13 ms instead of 4). New documents rarely land in an older
 * partition again; if they do, FTS5's automerge looks after them.
 */
async function sealOlderPartitions(db: QueryExecutorProvider): Promise<void> {
  const { rows } = await sql<{ part: number }>`SELECT part FROM search_partitions
    WHERE sealed = 0 AND part < (SELECT MAX(part) FROM search_partitions)`.execute(db);
  for (const row of rows) {
    const table = sql.table(partitionTable(Number(row.part)));
    await sql`INSERT INTO ${table} (${table}) VALUES ('optimize')`.execute(db);
    await sql`UPDATE search_partitions SET sealed = 1 WHERE part = ${row.part}`.execute(db);
  }
}

/** Inserts documents' FTS5 rows into their partitions, creating partitions as needed. */
export async function insertFtsRows(db: QueryExecutorProvider, docs: readonly FtsSource[]): Promise<void> {
  const groups = byPartition(docs, (doc) => doc.document_id);
  await ensurePartitions(db, groups.keys());
  for (const [part, partDocs] of groups) {
    const table = sql.table(partitionTable(part));
    // Multi-row inserts: one prepared statement per slice instead of one per document.
    for (let i = 0; i < partDocs.length; i += 50) {
      const rows = partDocs.slice(i, i + 50).map((doc) => {
        const row = ftsRow(doc);
        return sql`(${row.rowid}, ${row.title_tokens}, ${row.body_tokens}, ${row.grams}, ${row.facets})`;
      });
      await sql`INSERT INTO ${table} (rowid, title_tokens, body_tokens, grams, facets) VALUES ${sql.join(rows)}`.execute(db);
    }
  }
  await sealOlderPartitions(db);
}

/** Groups items by the partition of their document id. */
export function byPartition<T>(items: readonly T[], idOf: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const part = partitionOf(idOf(item));
    const group = groups.get(part);
    if (group) group.push(item);
    else groups.set(part, [item]);
  }
  return groups;
}

/**
 * UNION ALL of one SELECT per partition, in the given order. SQLite runs the arms one after
 * another and stops at an enclosing LIMIT, so arms after the last one needed are never opened.
 */
export function unionOfPartitions(parts: number[], arm: (table: string) => RawBuilder<TextMatchRow>): RawBuilder<TextMatchRow> {
  const arms = parts.map((part) => sql<TextMatchRow>`SELECT * FROM (${arm(partitionTable(part))})`);
  if (arms.length === 0) return sql<TextMatchRow>`SELECT NULL AS document_id, NULL AS score WHERE 0`;
  if (arms.length <= MAX_ARMS) return sql<TextMatchRow>`${sql.join(arms, sql` UNION ALL `)}`;
  const chunks: Array<RawBuilder<TextMatchRow>> = [];
  for (let i = 0; i < arms.length; i += MAX_ARMS) {
    chunks.push(sql<TextMatchRow>`SELECT * FROM (${sql.join(arms.slice(i, i + MAX_ARMS), sql` UNION ALL `)})`);
  }
  return sql<TextMatchRow>`${sql.join(chunks, sql` UNION ALL `)}`;
}
