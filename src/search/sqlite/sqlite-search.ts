/**
 * FTS5 half of the search index. Recall comes from the `grams` column matched as a phrase of
 * consecutive bigrams; bm25 over the jieba columns (title weighted above body) ranks.
 */
import { sql, type Insertable, type RawBuilder } from "kysely";
import { slices, type SearchDb, type SearchDialect, type TextMatchRow } from "../dialect.ts";
import type { QueryTerm } from "../query.ts";
import { docRow } from "../rows.ts";
import type { SearchFtsTable, SearchTables } from "../schema.ts";
import type { SearchDocument } from "../types.ts";
import { charBigrams, tokensForIndex } from "../segmenter.ts";

/** A private-use token between title and body grams: no query can contain it, so no phrase spans the seam. */
const SEAM = "\uE000";
/** bm25 column weights: title_tokens, body_tokens, grams. */
const WEIGHTS = sql.raw("10.0, 2.0, 1.0");

/** Quotes a token as an FTS5 string, so it is never read as an operator or column name. */
export function ftsString(tokens: string[]): string {
  return `"${tokens.join(" ").replace(/"/gu, '""')}"`;
}

/** The FTS5 MATCH expression: every term as a grams phrase, OR-ed jieba words to rank by. */
export function ftsExpression(terms: QueryTerm[], rankTokens: string[]): string {
  const phrases = terms.map((term) => `grams : ${ftsString(term.grams)}${term.prefixLast ? "*" : ""}`);
  const must = phrases.map((p) => `(${p})`).join(" AND ");
  if (rankTokens.length === 0) return must;
  // The OR with the first phrase keeps the ranking clause from narrowing the matches.
  const rank = `({title_tokens body_tokens} : (${rankTokens.map((t) => ftsString([t])).join(" OR ")})) OR (${phrases[0] ?? ""})`;
  return `${must} AND (${rank})`;
}

function ftsRow(doc: SearchDocument): Insertable<SearchFtsTable> {
  return {
    rowid: doc.id,
    title_tokens: tokensForIndex(doc.title).join(" "),
    body_tokens: tokensForIndex(doc.text).join(" "),
    grams: `${charBigrams(doc.title).join(" ")} ${SEAM} ${charBigrams(doc.text).join(" ")}`,
  };
}

async function deleteIds(db: SearchDb, ids: number[]): Promise<void> {
  const tdb = db.withTables<SearchTables>();
  for (const part of slices(ids, 500)) {
    await tdb.deleteFrom("search_fts").where("rowid", "in", part).execute();
    await tdb.deleteFrom("search_docs").where("document_id", "in", part).execute();
  }
}

/** The SQLite implementation of {@link SearchDialect}. */
export const sqliteSearch: SearchDialect = {
  async write(db, docs) {
    const tdb = db.withTables<SearchTables>();
    // Only ids already indexed need deleting; an import of new documents (the usual case) then
    // runs one indexed SELECT instead of a DELETE on the FTS table and one on search_docs.
    const present: number[] = [];
    for (const part of slices(docs.map((doc) => doc.id), 500)) {
      const rows = await tdb.selectFrom("search_docs").select("document_id").where("document_id", "in", part).execute();
      present.push(...rows.map((row) => row.document_id));
    }
    await deleteIds(db, present);
    // Multi-row inserts: one prepared statement per slice instead of two per document.
    for (const part of slices(docs, 50)) {
      await tdb.insertInto("search_docs").values(part.map(docRow)).execute();
      await tdb.insertInto("search_fts").values(part.map(ftsRow)).execute();
    }
  },
  delete: deleteIds,
  textMatch(terms, rankTokens): RawBuilder<TextMatchRow> {
    const expression = ftsExpression(terms, rankTokens);
    return sql<TextMatchRow>`SELECT rowid AS document_id, -bm25(search_fts, ${WEIGHTS}) AS score
      FROM search_fts WHERE search_fts MATCH ${expression}`;
  },
  textBlock({ terms, rankTokens, filters, before, limit }): RawBuilder<TextMatchRow> {
    const conditions = [sql<boolean>`search_fts MATCH ${ftsExpression(terms, rankTokens)}`, ...filters];
    if (before !== null) conditions.push(sql<boolean>`search_fts.rowid < ${before}`);
    // FTS5 streams matches in rowid order when asked for ORDER BY rowid DESC, so LIMIT stops the
    // scan (and bm25) after `limit` rows; filters are primary-key lookups per streamed match.
    const join = filters.length > 0 ? sql`JOIN search_docs d ON d.document_id = search_fts.rowid` : sql``;
    return sql<TextMatchRow>`SELECT search_fts.rowid AS document_id, -bm25(search_fts, ${WEIGHTS}) AS score
      FROM search_fts ${join} WHERE ${sql.join(conditions, sql` AND `)}
      ORDER BY search_fts.rowid DESC LIMIT ${limit}`;
  },
};
