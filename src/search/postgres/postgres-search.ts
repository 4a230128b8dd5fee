/**
 * PostgreSQL half of the search index. Recall: each term is a `<->` phrase of bigrams that must
 * match one chunk of search_grams; ranking: ts_rank_cd over the weighted jieba tsvector.
 */
import { sql, type RawBuilder } from "kysely";
import { slices, type SearchDb, type SearchDialect, type TextMatchRow } from "../dialect.ts";
import { MAX_QUERY_CHARS, type QueryTerm } from "../query.ts";
import { docRow } from "../rows.ts";
import type { PgSearchDocsExtra, SearchDocsTable, SearchGramsTable } from "../schema.ts";
import { charBigrams, tokensForIndex } from "../segmenter.ts";
import type { SearchDocument } from "../types.ts";
import { anyQuery, chunks, MAX_POSITION, phraseQuery, tsvectorLiteral } from "./tsvector.ts";

/** Tokens per chunk: far below the position cap, and too few for a bigram to pass 256 positions. */
const CHUNK_TOKENS = 2000;
/** A query term has at most MAX_QUERY_CHARS tokens, so it always fits inside one chunk. */
const CHUNK_OVERLAP = MAX_QUERY_CHARS + 8;

type PgTables = {
  search_docs: SearchDocsTable & PgSearchDocsExtra;
  search_grams: SearchGramsTable;
};

function weightedTsv(doc: SearchDocument): string {
  const title = tokensForIndex(doc.title);
  const body = tokensForIndex(doc.text).slice(0, MAX_POSITION);
  return `${tsvectorLiteral(title, 1, "A")} ${tsvectorLiteral(body, title.length + 1, "B")}`.trim();
}

function gramRows(doc: SearchDocument): SearchGramsTable[] {
  const rows: SearchGramsTable[] = [{ document_id: doc.id, chunk: 0, grams: tsvectorLiteral(charBigrams(doc.title)) }];
  chunks(charBigrams(doc.text), CHUNK_TOKENS, CHUNK_OVERLAP).forEach((tokens, i) => {
    if (tokens.length > 0) rows.push({ document_id: doc.id, chunk: i + 1, grams: tsvectorLiteral(tokens) });
  });
  return rows;
}

async function deleteIds(db: SearchDb, ids: number[]): Promise<void> {
  const tdb = db.withTables<PgTables>();
  for (const part of slices(ids, 1000)) await tdb.deleteFrom("search_docs").where("document_id", "in", part).execute();
}

/** The PostgreSQL implementation of {@link SearchDialect}. */
export const postgresSearch: SearchDialect = {
  async write(db, docs) {
    const tdb = db.withTables<PgTables>();
    await deleteIds(db, docs.map((doc) => doc.id));
    for (const part of slices(docs, 50)) {
      await tdb.insertInto("search_docs").values(part.map((doc) => ({ ...docRow(doc), tsv: weightedTsv(doc) }))).execute();
      const grams = part.flatMap(gramRows);
      for (const rows of slices(grams, 500)) await tdb.insertInto("search_grams").values(rows).execute();
    }
  },
  delete: deleteIds,
  async textMatch(_db, terms, rankTokens): Promise<RawBuilder<TextMatchRow>> {
    return sql<TextMatchRow>`SELECT d.document_id, ${score(rankTokens)} AS score FROM search_docs d
      WHERE ${sql.join(termConditions(terms), sql` AND `)}`;
  },
  async textBlock(_db, { terms, rankTokens, filterSql, before, limit }): Promise<RawBuilder<TextMatchRow>> {
    const conditions = [...termConditions(terms), ...filterSql];
    if (before !== null) conditions.push(sql<boolean>`d.document_id < ${before}`);
    // The rank is computed in an outer SELECT, so only the `limit` rows kept are ranked.
    return sql<TextMatchRow>`SELECT b.document_id, ${score(rankTokens, "b")} AS score FROM (
      SELECT d.document_id, d.tsv FROM search_docs d WHERE ${sql.join(conditions, sql` AND `)}
      ORDER BY d.document_id DESC LIMIT ${limit}) b`;
  },
};

function termConditions(terms: QueryTerm[]): Array<RawBuilder<boolean>> {
  return terms.map(
    (term) => sql<boolean>`d.document_id IN (SELECT g.document_id FROM search_grams g
      WHERE g.grams @@ ${phraseQuery(term.grams, term.prefixLast)}::tsquery)`,
  );
}

function score(rankTokens: string[], table = "d"): RawBuilder<number> {
  if (rankTokens.length === 0) return sql<number>`0::float8`;
  return sql<number>`ts_rank_cd(${sql.ref(`${table}.tsv`)}, ${anyQuery(rankTokens)}::tsquery)::float8`;
}
