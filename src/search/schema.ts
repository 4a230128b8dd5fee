/** The search tables as Kysely sees them; used through `db.withTables<SearchTables>()`. */

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

/** SQLite only: the partitions of the FTS5 index that exist (see sqlite/partitions.ts). */
export interface SearchPartitionsTable {
  part: number;
  /** 1 once a newer partition exists and this one's segments were merged into one. */
  sealed: number;
}

/** All tables of the search index. */
// A type alias, not an interface: Kysely's withTables() needs an index-signature-compatible type.
export type SearchTables = {
  search_docs: SearchDocsTable;
  search_grams: SearchGramsTable;
  search_partitions: SearchPartitionsTable;
};
