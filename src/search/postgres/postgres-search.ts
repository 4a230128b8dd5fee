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
  async textBlock(db, { terms, rankTokens, filterSql, before, limit }): Promise<RawBuilder<TextMatchRow>> {
    const ids = await newestMatches(db, terms, filterSql, before, limit);
    if (ids.length === 0) return sql<TextMatchRow>`SELECT NULL::integer AS document_id, NULL::float8 AS score WHERE false`;
    return sql<TextMatchRow>`SELECT d.document_id, ${score(rankTokens)} AS score FROM search_docs d
      WHERE d.document_id = ANY(${ids}::integer[])`;
  },
};

/** Ids in the first window the block walks; each window further back is twice as wide. */
const FIRST_WINDOW = 4096;

/**
 * The ids of the `limit` newest matches below `before`, found window by window going back.
 * PostgreSQL cannot walk a GIN match in id order and stop, so one statement for the whole range
 * rechecks every matching chunk of the corpus before a LIMIT applies (145 ms for a six-bigram
 * phrase at 20,000 documents, growing with the corpus). Within an id window the GIN bitmap is
 * ANDed with the primary key's range, so only that window's chunks are rechecked; a broad word
 * fills the block in the first window or two, a rare one reaches the oldest document in a few
 * doubling windows.
 */
async function newestMatches(db: SearchDb, terms: QueryTerm[], filterSql: Array<RawBuilder<boolean>>, before: number | null, limit: number): Promise<number[]> {
  let top = before;
  if (top === null) {
    const { rows } = await sql<{ hi: number | null }>`SELECT MAX(document_id) AS hi FROM search_docs`.execute(db);
    top = rows[0]?.hi === null || rows[0]?.hi === undefined ? 0 : Number(rows[0].hi) + 1;
  }
  const ids: number[] = [];
  let scanned = 0;
  for (let width = FIRST_WINDOW; top > 0 && ids.length < limit; ) {
    const low = Math.max(0, top - width);
    const conditions = [sql<boolean>`d.document_id >= ${low}`, sql<boolean>`d.document_id < ${top}`, ...termConditions(terms, [low, top]), ...filterSql];
    const { rows } = await sql<{ document_id: number }>`SELECT d.document_id FROM search_docs d
      WHERE ${sql.join(conditions, sql` AND `)} ORDER BY d.document_id DESC LIMIT ${limit - ids.length}`.execute(db);
    for (const row of rows) ids.push(Number(row.document_id));
    scanned += top - low;
    top = low;
    // The next window is sized for what is still missing at the density seen so far (a window
    // too wide rechecks every match in it, however few are needed), and doubles while none matched.
    width = ids.length === 0 ? width * 2 : Math.max(FIRST_WINDOW / 4, Math.ceil(((limit - ids.length) * scanned * 1.25) / ids.length));
  }
  return ids;
}

/** Each term as a phrase over search_grams, optionally only for document ids in [low, high). */
function termConditions(terms: QueryTerm[], range?: [number, number]): Array<RawBuilder<boolean>> {
  const within = range ? sql` AND g.document_id >= ${range[0]} AND g.document_id < ${range[1]}` : sql``;
  return terms.map(
    (term) => sql<boolean>`d.document_id IN (SELECT g.document_id FROM search_grams g
      WHERE g.grams @@ ${phraseQuery(term.grams, term.prefixLast)}::tsquery${within})`,
  );
}

function score(rankTokens: string[], table = "d"): RawBuilder<number> {
  if (rankTokens.length === 0) return sql<number>`0::float8`;
  return sql<number>`ts_rank_cd(${sql.ref(`${table}.tsv`)}, ${anyQuery(rankTokens)}::tsquery)::float8`;
}
