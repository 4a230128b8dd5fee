/**
 * The dialect-neutral search: filters, document-number matches, totals, facets, paging and
 * snippets around a dialect's text-match subquery.
 */
import { sql, type RawBuilder, type Expression, type ExpressionBuilder, type SqlBool } from "kysely";
import type { SearchDb, SearchDialect } from "./dialect.ts";
import type { DocNumberQuery } from "./doc-number.ts";
import { encodeCursor, parseSearchQuery, type SearchFilters } from "./query.ts";
import type { SearchTables } from "./schema.ts";
import { makeSnippet } from "./snippet.ts";
import type { SearchQuery, SearchResult } from "./types.ts";

/** Document-number hits rank above every text hit. */
const DOC_NUMBER_BOOST = 1000;

type MatchTables = SearchTables & { m: { document_id: number; score: number } };
type Eb = ExpressionBuilder<{ d: SearchTables["search_docs"]; m: MatchTables["m"] }, "d" | "m">;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/gu, (ch) => `\\${ch}`);
}

/** True when a separator-joined list column holds `value` as a whole item. */
function listHas(column: "d.issuers" | "d.org_ids", separator: string, value: string): Expression<SqlBool> {
  const pattern = `%${separator}${escapeLike(value)}${separator}%`;
  return sql<SqlBool>`(${separator} || ${sql.ref(column)} || ${separator}) LIKE ${pattern} ESCAPE '\\'`;
}

function docNumberMatch(eb: Eb, doc: DocNumberQuery): Expression<SqlBool> {
  const parts: Array<Expression<SqlBool>> = [eb("d.doc_serial", "=", doc.serial)];
  if (doc.year !== null) parts.push(eb("d.doc_year", "=", doc.year));
  if (doc.agency !== null) parts.push(sql<SqlBool>`d.doc_agency LIKE ${`%${escapeLike(doc.agency)}`} ESCAPE '\\'`);
  return eb.and(parts);
}

function filterMatch(eb: Eb, filters: SearchFilters): Array<Expression<SqlBool>> {
  const out: Array<Expression<SqlBool>> = [];
  if (filters.category !== undefined) out.push(eb("d.category", "=", filters.category));
  if (filters.genre !== undefined) out.push(eb("d.genre", "=", filters.genre));
  if (filters.year !== undefined) out.push(eb("d.year", "=", filters.year));
  if (filters.issueNumber !== undefined) out.push(eb("d.issue_number", "=", filters.issueNumber));
  if (filters.issuer !== undefined) out.push(listHas("d.issuers", "\n", filters.issuer));
  if (filters.orgId !== undefined) out.push(listHas("d.org_ids", " ", `o${filters.orgId}`));
  return out;
}

function countMap(rows: Array<{ key: string | number | null; n: string | number | bigint }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of rows) if (row.key !== null && row.key !== "") out[String(row.key)] = Number(row.n);
  return out;
}

function scoreOf(eb: Eb, docNumber: DocNumberQuery | null): RawBuilder<number> {
  const text = sql<number>`COALESCE(m.score, 0)`;
  if (!docNumber) return text;
  return sql<number>`(${text} + CASE WHEN ${docNumberMatch(eb, docNumber)} THEN ${sql.lit(DOC_NUMBER_BOOST)} ELSE 0 END)`;
}

/** Runs a search against `db` with the dialect's text matching. */
export async function runSearch(db: SearchDb, dialect: SearchDialect, query: SearchQuery): Promise<SearchResult> {
  const parsed = parseSearchQuery(query);
  const { docNumber, limit, offset } = parsed;
  const tdb = db.withTables<MatchTables>();
  const match = dialect.textMatch(parsed.terms, parsed.rankTokens).as("m");
  const base = () =>
    tdb
      .selectFrom("search_docs as d")
      .leftJoin(match, (join) => join.onRef("m.document_id", "=", "d.document_id"))
      .where((eb) => {
        const found = eb("m.document_id", "is not", null);
        const conditions = filterMatch(eb, parsed.filters);
        conditions.push(docNumber ? eb.or([found, docNumberMatch(eb, docNumber)]) : found);
        return eb.and(conditions);
      });

  let page = base()
    .select(["d.document_id", "d.title", "d.doc_number", "d.date", "d.body"])
    .select((eb) => scoreOf(eb, docNumber).as("score"));
  page =
    parsed.sort === "date"
      ? page.orderBy("d.date", (ob) => ob.desc().nullsLast()).orderBy("d.document_id", "desc")
      : page.orderBy("score", "desc").orderBy("d.document_id", "asc");
  const rows = await page.limit(limit + 1).offset(offset).execute();

  const total = await base().select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
  const facet = (column: "d.category" | "d.genre" | "d.year") =>
    base()
      .select((eb) => [eb.ref(column).as("key"), eb.fn.countAll().as("n")])
      .groupBy(column)
      .execute();
  const [category, genre, year] = [await facet("d.category"), await facet("d.genre"), await facet("d.year")];

  const needles = parsed.terms.map((term) => term.text);
  return {
    hits: rows.slice(0, limit).map((row) => ({
      documentId: Number(row.document_id),
      title: row.title,
      docNumber: row.doc_number,
      date: row.date,
      score: Number(row.score),
      snippet: makeSnippet(row.body, needles),
    })),
    total: Number(total?.n ?? 0),
    nextCursor: rows.length > limit ? encodeCursor(offset + limit) : null,
    facets: { category: countMap(category), genre: countMap(genre), year: countMap(year) },
  };
}
