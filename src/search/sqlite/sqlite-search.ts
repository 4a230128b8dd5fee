/**
 * FTS5 half of the search index, one FTS5 table per partition of document ids (partitions.ts).
 * Recall comes from the `grams` column matched as a phrase of consecutive bigrams; bm25 over the
 * jieba columns (title weighted above body) ranks.
 */
import { sql, type RawBuilder } from "kysely";
import { slices, type SearchDb, type SearchDialect, type TextMatchRow } from "../dialect.ts";
import type { QueryTerm } from "../query.ts";
import { docRow } from "../rows.ts";
import type { SearchTables } from "../schema.ts";
import { EVERY_DOCUMENT, filterTokens } from "./facet-tokens.ts";
import { byPartition, insertFtsRows, listPartitions, PARTITION_SIZE, partitionTable, unionOfPartitions } from "./partitions.ts";

/** bm25 column weights: title_tokens, body_tokens, grams, facets (filters only, never rank). */
const WEIGHTS = sql.raw("10.0, 2.0, 1.0, 0.0");

/** Quotes a token as an FTS5 string, so it is never read as an operator or column name. */
export function ftsString(tokens: string[]): string {
  return `"${tokens.join(" ").replace(/"/gu, '""')}"`;
}

function gramsPhrase(term: QueryTerm): string {
  return `grams : ${ftsString(term.grams)}${term.prefixLast ? "*" : ""}`;
}

/**
 * The FTS5 MATCH expression: every term as a grams phrase, AND the jieba words to rank by OR-ed
 * with a token every document carries, so ranking never narrows the match. bm25 reads every
 * phrase of the expression for every row; that token has one instance per row, where any word
 * of the text (the first term's first gram, say) has many: 10–18% less work per block.
 */
export function ftsExpression(terms: QueryTerm[], rankTokens: string[]): string {
  const must = terms.map((term) => `(${gramsPhrase(term)})`).join(" AND ");
  if (rankTokens.length === 0 || terms.length === 0) return must;
  const rank = `({title_tokens body_tokens} : (${rankTokens.map((t) => ftsString([t])).join(" OR ")})) OR (facets : ${ftsString([EVERY_DOCUMENT])})`;
  return `${must} AND (${rank})`;
}

async function deleteIds(db: SearchDb, ids: number[]): Promise<void> {
  // An import of new documents deletes nothing: no partition list to read.
  if (ids.length === 0) return;
  const parts = new Set(await listPartitions(db));
  for (const [part, partIds] of byPartition(ids, (id) => id)) {
    if (!parts.has(part)) continue;
    for (const chunk of slices(partIds, 500)) {
      await sql`DELETE FROM ${sql.table(partitionTable(part))} WHERE rowid IN (${sql.join(chunk)})`.execute(db);
    }
  }
  const tdb = db.withTables<SearchTables>();
  for (const chunk of slices(ids, 500)) await tdb.deleteFrom("search_docs").where("document_id", "in", chunk).execute();
}

/** Partitions that can hold ids below `before` (all when null), newest first. */
function partitionsBelow(parts: number[], before: number | null): number[] {
  return before === null ? parts : parts.filter((part) => part * PARTITION_SIZE < before);
}

/** The SQLite implementation of {@link SearchDialect}. */
export const sqliteSearch: SearchDialect = {
  async write(db, docs) {
    const tdb = db.withTables<SearchTables>();
    // Only ids already indexed need deleting; an import of new documents (the usual case) then
    // runs one indexed SELECT instead of a DELETE per partition and one on search_docs.
    const present: number[] = [];
    for (const part of slices(docs.map((doc) => doc.id), 500)) {
      const rows = await tdb.selectFrom("search_docs").select("document_id").where("document_id", "in", part).execute();
      present.push(...rows.map((row) => row.document_id));
    }
    await deleteIds(db, present);
    const rows = docs.map(docRow);
    for (const part of slices(rows, 50)) await tdb.insertInto("search_docs").values(part).execute();
    await insertFtsRows(db, rows);
  },
  delete: deleteIds,
  async textMatch(db, terms, rankTokens): Promise<RawBuilder<TextMatchRow>> {
    const expression = ftsExpression(terms, rankTokens);
    return unionOfPartitions(await listPartitions(db), (name) => {
      const table = sql.table(name);
      return sql<TextMatchRow>`SELECT rowid AS document_id, -bm25(${table}, ${WEIGHTS}) AS score FROM ${table} WHERE ${table} MATCH ${expression}`;
    });
  },
  async textBlock(db, { terms, rankTokens, filters, before, limit }): Promise<RawBuilder<TextMatchRow>> {
    const facets = filterTokens(filters).map((token) => ` AND (facets : ${ftsString([token])})`).join("");
    const expression = `${ftsExpression(terms, rankTokens)}${facets}`;
    const parts = partitionsBelow(await listPartitions(db), before);
    // Newest partition first, each streamed in rowid order (FTS5 consumes ORDER BY rowid DESC),
    // so the LIMIT stops the union inside the partition where the block is full: older
    // partitions are never opened and bm25 never reads their posting lists.
    const union = unionOfPartitions(parts, (name) => {
      const table = sql.table(name);
      const conditions = [sql<boolean>`${table} MATCH ${expression}`];
      if (before !== null) conditions.push(sql<boolean>`rowid < ${before}`);
      return sql<TextMatchRow>`SELECT rowid AS document_id, -bm25(${table}, ${WEIGHTS}) AS score
        FROM ${table} WHERE ${sql.join(conditions, sql` AND `)} ORDER BY rowid DESC LIMIT ${limit}`;
    });
    return sql<TextMatchRow>`${union} LIMIT ${limit}`;
  },
};
