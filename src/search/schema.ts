/** The search tables as Kysely sees them; used through `db.withTables<SearchTables>()`. */
import type { Generated } from "kysely";

/** One indexed document: filter columns, the parsed document number and the body for snippets. */
export interface SearchDocsTable {
  document_id: number;
  issue_id: number;
  title: string;
  doc_number: string | null;
  doc_agency: string | null;
  doc_year: number | null;
  doc_serial: number | null;
  category: string | null;
  genre: string | null;
  /** Issuer names joined by newlines, so one can be matched exactly. */
  issuers: string;
  /** Org ids as space-separated `o12 o7`. */
  org_ids: string;
  year: number | null;
  issue_number: number | null;
  date: string | null;
  body: string;
}

/** PostgreSQL only: the weighted jieba tsvector (title A, body B) kept beside search_docs. */
export interface PgSearchDocsExtra {
  tsv: string;
}

/** PostgreSQL only: bigram tsvectors in chunks, because a tsvector caps positions at 16383. */
export interface SearchGramsTable {
  document_id: number;
  chunk: number;
  grams: string;
}

/** SQLite only: the FTS5 table; rowid is the document id. */
export interface SearchFtsTable {
  rowid: Generated<number>;
  title_tokens: string;
  body_tokens: string;
  grams: string;
}

/** All tables of the search index. */
// A type alias, not an interface: Kysely's withTables() needs an index-signature-compatible type.
export type SearchTables = {
  search_docs: SearchDocsTable;
  search_grams: SearchGramsTable;
  search_fts: SearchFtsTable;
};
