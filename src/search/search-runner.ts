/**
 * The dialect-neutral search: filters, document-number matches, totals, facets, paging and
 * snippets around a dialect's text-match block. One statement per search.
 *
 * Ranking or counting every match of a word found in most documents cannot fit in 30 ms, so a
 * search works on a block: the `blockSize` newest filtered matches below the cursor's id bound
 * (one more is read, only to learn whether older matches exist). The block is ranked and
 * faceted; when older matches exist the total is the block size and marked inexact, and the
 * cursor after the block's last page starts the next block below it. Blocks split the id range,
 * so paging reaches every match exactly once.
 */
import { sql, type RawBuilder } from "kysely";
import type { SearchDb, SearchDialect } from "./dialect.ts";
import type { DocNumberQuery } from "./doc-number.ts";
import { encodeCursor, parseSearchQuery, type ParsedSearch, type SearchFilters } from "./query.ts";
import { makeSnippet } from "./snippet.ts";
import type { SearchOptions, SearchQuery, SearchResult } from "./types.ts";

/** Document-number hits rank above every text hit. */
const DOC_NUMBER_BOOST = 1000;
/** Matches ranked and counted per block unless the index is built with another size. */
export const DEFAULT_BLOCK_SIZE = 3_000;

/**
 * A page row (kind 'p'), a count of candidates per (category, genre, year) (kind 'f'), or the
 * block's edge (kind 'x': `n` matches read, `document_id` the oldest of them).
 */
interface ResultRow {
  kind: "p" | "f" | "x";
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

/**
 * Candidates of the block: its text matches (already filtered), plus document-number matches the
 * text did not find whose ids fall in the block's id range, filtered.
 */
function candidates(parsed: ParsedSearch, blockSize: number): RawBuilder<unknown> {
  const columns = sql`d.document_id, d.date, d.category, d.genre, d.year`;
  const { docNumber } = parsed;
  const boost = docNumber ? sql`CASE WHEN ${docNumberMatch(docNumber)} THEN ${sql.lit(DOC_NUMBER_BOOST)} ELSE 0 END` : sql`0`;
  // The filters again: a dialect may have matched them by hashed tokens, which are checked here.
  const text = sql`SELECT ${columns}, m.score + ${boost} AS score FROM m JOIN search_docs d ON d.document_id = m.document_id
    ${where(filterMatch(parsed.filters))}`;
  if (!docNumber) return text;
  // Scalar subqueries, not a join with r: joined, SQLite scanned search_docs (150 ms per 发文字号).
  const range = [sql<boolean>`((SELECT n FROM r) <= ${blockSize} OR d.document_id > (SELECT last FROM r))`];
  if (parsed.position.before !== null) range.push(sql<boolean>`d.document_id < ${parsed.position.before}`);
  return sql`${text} UNION ALL SELECT ${columns}, ${sql.lit(DOC_NUMBER_BOOST)} AS score FROM search_docs d
    ${where([...filterMatch(parsed.filters), docNumberMatch(docNumber), ...range, sql<boolean>`d.document_id NOT IN (SELECT document_id FROM m)`])}`;
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

/**
 * All matches of a query that fills a block, estimated: the block's `n` matches lie in the ids
 * from `oldest` to below `before` (or the newest id), and the same share of the whole id range is
 * assumed to match. Document ids are dense (assigned in import order), so id spans stand for
 * document counts; two index lookups, no scan.
 */
async function estimateTotal(db: SearchDb, n: number, oldest: number, before: number | null): Promise<number> {
  // Two subqueries: SQLite answers a lone MIN or MAX from the index, but both in one SELECT with a scan.
  const { rows } = await sql<{ lo: number | null; hi: number | null }>`SELECT (SELECT MIN(document_id) FROM search_docs) AS lo,
    (SELECT MAX(document_id) FROM search_docs) AS hi`.execute(db);
  const lo = Number(rows[0]?.lo ?? oldest);
  const hi = Number(rows[0]?.hi ?? oldest);
  const top = before === null ? hi : before - 1;
  const span = Math.max(1, top - oldest + 1);
  return Math.max(n, Math.round((n * (hi - lo + 1)) / span));
}

/** Runs a search against `db` with the dialect's text matching. */
export async function runSearch(db: SearchDb, dialect: SearchDialect, query: SearchQuery, options: SearchOptions = {}): Promise<SearchResult> {
  const parsed = parseSearchQuery(query);
  const blockSize = options.blockSize ?? DEFAULT_BLOCK_SIZE;
  const { limit, position } = parsed;
  const block = await dialect.textBlock(db, {
    terms: parsed.terms, rankTokens: parsed.rankTokens, filters: parsed.filters, filterSql: filterMatch(parsed.filters), before: position.before,
    limit: blockSize + 1,
  });
  const order = parsed.sort === "date" ? sql`c.date DESC NULLS LAST, c.document_id DESC` : sql`c.score DESC, c.document_id ASC`;
  // b holds one match more than a block; when it is full, its oldest match belongs to the next block.
  const { rows } = await sql<ResultRow>`WITH b AS MATERIALIZED (${block}),
    r AS MATERIALIZED (SELECT COUNT(*) AS n, MIN(document_id) AS last FROM b),
    m AS MATERIALIZED (SELECT b.document_id, b.score FROM b CROSS JOIN r WHERE r.n <= ${blockSize} OR b.document_id > r.last),
    c AS MATERIALIZED (${candidates(parsed, blockSize)})
    SELECT 'p' AS kind, p.document_id, d.title, d.doc_number, p.date, d.body, p.score,
      NULL AS category, NULL AS genre, NULL AS year, NULL AS n
    FROM (SELECT c.document_id, c.date, c.score FROM c ORDER BY ${order} LIMIT ${limit + 1} OFFSET ${position.offset}) p
    JOIN search_docs d ON d.document_id = p.document_id
    UNION ALL
    SELECT 'f', NULL, NULL, NULL, NULL, NULL, NULL, c.category, c.genre, c.year, COUNT(*) FROM c
    GROUP BY c.category, c.genre, c.year
    UNION ALL
    SELECT 'x', r.last, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, r.n FROM r`.execute(db);

  // UNION ALL keeps no order, so the page is sorted again the way the statement sorted it.
  const page = rows.filter((row) => row.kind === "p").sort(parsed.sort === "date" ? byDate : byRelevance);
  const { total, facets } = countMaps(rows.filter((row) => row.kind === "f"));
  const edge = rows.find((row) => row.kind === "x");
  const olderBlock = edge !== undefined && Number(edge.n) > blockSize ? Number(edge.document_id) + 1 : null;
  const exact = position.before === null && olderBlock === null;
  const estimatedTotal = exact ? total : await estimateTotal(db, Number(edge?.n ?? 0), Number(edge?.document_id ?? 0), position.before);
  const needles = parsed.terms.map((term) => term.text);
  let nextCursor: string | null = null;
  if (page.length > limit) nextCursor = encodeCursor({ offset: position.offset + limit, before: position.before });
  else if (olderBlock !== null) nextCursor = encodeCursor({ offset: 0, before: olderBlock });
  return {
    hits: page.slice(0, limit).map((row) => ({
      documentId: Number(row.document_id),
      title: row.title ?? "",
      docNumber: row.doc_number,
      date: row.date,
      score: Number(row.score),
      snippet: makeSnippet(row.body ?? "", needles),
    })),
    total: exact ? total : blockSize,
    totalIsExact: exact,
    estimatedTotal,
    facetsAreExact: exact,
    nextCursor,
    facets,
  };
}
