/**
 * The dialect-neutral search: filters, document-number matches, totals, facets, paging and
 * snippets around a dialect's text-match query. One statement per search: the text match is
 * materialized once (a correlated FTS lookup per search_docs row was the slow plan), then the
 * page and the (category, genre, year) counts that give the total and all facets come from it.
 */
import { sql, type RawBuilder } from "kysely";
import type { SearchDb, SearchDialect } from "./dialect.ts";
import type { DocNumberQuery } from "./doc-number.ts";
import { encodeCursor, parseSearchQuery, type ParsedSearch, type SearchFilters } from "./query.ts";
import { makeSnippet } from "./snippet.ts";
import type { SearchQuery, SearchResult } from "./types.ts";

/** Document-number hits rank above every text hit. */
const DOC_NUMBER_BOOST = 1000;

/** A page row (kind 'p') or a count of candidates per (category, genre, year) (kind 'f'). */
interface ResultRow {
  kind: "p" | "f";
  document_id: number | null;
  title: string | null;
  doc_number: string | null;
  date: string | null;
  body: string | null;
  score: number | string | null;
  category: string | null;
  genre: string | null;
  year: number | null;
  n: number | string | bigint | null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/gu, (ch) => `\\${ch}`);
}

/** True when a separator-joined list column holds `value` as a whole item. */
function listHas(column: "issuers" | "org_ids", separator: string, value: string): RawBuilder<boolean> {
  const pattern = `%${separator}${escapeLike(value)}${separator}%`;
  return sql<boolean>`(${separator} || ${sql.ref(`d.${column}`)} || ${separator}) LIKE ${pattern} ESCAPE '\\'`;
}

function docNumberMatch(doc: DocNumberQuery): RawBuilder<boolean> {
  const parts: Array<RawBuilder<boolean>> = [sql<boolean>`d.doc_serial = ${doc.serial}`];
  if (doc.year !== null) parts.push(sql<boolean>`d.doc_year = ${doc.year}`);
  if (doc.agency !== null) parts.push(sql<boolean>`d.doc_agency LIKE ${`%${escapeLike(doc.agency)}`} ESCAPE '\\'`);
  return sql<boolean>`(${sql.join(parts, sql` AND `)})`;
}

function filterMatch(filters: SearchFilters): Array<RawBuilder<boolean>> {
  const out: Array<RawBuilder<boolean>> = [];
  if (filters.category !== undefined) out.push(sql<boolean>`d.category = ${filters.category}`);
  if (filters.genre !== undefined) out.push(sql<boolean>`d.genre = ${filters.genre}`);
  if (filters.year !== undefined) out.push(sql<boolean>`d.year = ${filters.year}`);
  if (filters.issueNumber !== undefined) out.push(sql<boolean>`d.issue_number = ${filters.issueNumber}`);
  if (filters.issuer !== undefined) out.push(listHas("issuers", "\n", filters.issuer));
  if (filters.orgId !== undefined) out.push(listHas("org_ids", " ", `o${filters.orgId}`));
  return out;
}

function where(conditions: Array<RawBuilder<boolean>>): RawBuilder<unknown> {
  return conditions.length === 0 ? sql`` : sql`WHERE ${sql.join(conditions, sql` AND `)}`;
}

/** Candidates: text matches, plus document-number matches the text did not find, all filtered. */
function candidates(parsed: ParsedSearch): RawBuilder<unknown> {
  const filters = filterMatch(parsed.filters);
  const columns = sql`d.document_id, d.date, d.category, d.genre, d.year`;
  const { docNumber } = parsed;
  const boost = docNumber ? sql`CASE WHEN ${docNumberMatch(docNumber)} THEN ${sql.lit(DOC_NUMBER_BOOST)} ELSE 0 END` : sql`0`;
  const text = sql`SELECT ${columns}, m.score + ${boost} AS score FROM m JOIN search_docs d ON d.document_id = m.document_id ${where(filters)}`;
  if (!docNumber) return text;
  return sql`${text} UNION ALL SELECT ${columns}, ${sql.lit(DOC_NUMBER_BOOST)} AS score FROM search_docs d
    ${where([...filters, docNumberMatch(docNumber), sql<boolean>`d.document_id NOT IN (SELECT document_id FROM m)`])}`;
}

function byRelevance(a: ResultRow, b: ResultRow): number {
  return Number(b.score) - Number(a.score) || Number(a.document_id) - Number(b.document_id);
}

function byDate(a: ResultRow, b: ResultRow): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return Number(b.document_id) - Number(a.document_id);
}

function countMaps(rows: ResultRow[]): { total: number; facets: SearchResult["facets"] } {
  const facets: SearchResult["facets"] = { category: {}, genre: {}, year: {} };
  let total = 0;
  const add = (map: Record<string, number>, key: string | number | null, n: number): void => {
    if (key !== null && key !== "") map[String(key)] = (map[String(key)] ?? 0) + n;
  };
  for (const row of rows) {
    const n = Number(row.n);
    total += n;
    add(facets.category, row.category, n);
    add(facets.genre, row.genre, n);
    add(facets.year, row.year, n);
  }
  return { total, facets };
}

/** Runs a search against `db` with the dialect's text matching. */
export async function runSearch(db: SearchDb, dialect: SearchDialect, query: SearchQuery): Promise<SearchResult> {
  const parsed = parseSearchQuery(query);
  const { limit, offset } = parsed;
  const order = parsed.sort === "date" ? sql`c.date DESC NULLS LAST, c.document_id DESC` : sql`c.score DESC, c.document_id ASC`;
  const { rows } = await sql<ResultRow>`WITH m AS MATERIALIZED (${dialect.textMatch(parsed.terms, parsed.rankTokens)}),
    c AS MATERIALIZED (${candidates(parsed)})
    SELECT 'p' AS kind, p.document_id, d.title, d.doc_number, p.date, d.body, p.score,
      NULL AS category, NULL AS genre, NULL AS year, NULL AS n
    FROM (SELECT c.document_id, c.date, c.score FROM c ORDER BY ${order} LIMIT ${limit + 1} OFFSET ${offset}) p
    JOIN search_docs d ON d.document_id = p.document_id
    UNION ALL
    SELECT 'f', NULL, NULL, NULL, NULL, NULL, NULL, c.category, c.genre, c.year, COUNT(*) FROM c
    GROUP BY c.category, c.genre, c.year`.execute(db);

  // UNION ALL keeps no order, so the page is sorted again the way the statement sorted it.
  const page = rows.filter((row) => row.kind === "p").sort(parsed.sort === "date" ? byDate : byRelevance);
  const { total, facets } = countMaps(rows.filter((row) => row.kind === "f"));
  const needles = parsed.terms.map((term) => term.text);
  return {
    hits: page.slice(0, limit).map((row) => ({
      documentId: Number(row.document_id),
      title: row.title ?? "",
      docNumber: row.doc_number,
      date: row.date,
      score: Number(row.score),
      snippet: makeSnippet(row.body ?? "", needles),
    })),
    total,
    nextCursor: page.length > limit ? encodeCursor(offset + limit) : null,
    facets,
  };
}
