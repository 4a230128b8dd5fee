/** What each storage dialect supplies to the dialect-neutral search code. */
import type { Kysely, RawBuilder } from "kysely";
import type { Database } from "../store/schema.ts";
import type { QueryTerm, SearchFilters } from "./query.ts";
import type { SearchDocument } from "./types.ts";

/** A database handle (plain or a transaction) as the search code receives it. */
export type SearchDb = Kysely<Database>;

/** Rows of a text-match subquery: every document matching all terms, with its rank. */
export interface TextMatchRow {
  document_id: number;
  score: number;
}

/** The dialect-specific half of a search index. */
export interface SearchDialect {
  /** Replaces the given documents; called inside a transaction. */
  write(db: SearchDb, docs: SearchDocument[]): Promise<void>;
  /** Deletes documents by id; called inside a transaction. */
  delete(db: SearchDb, ids: number[]): Promise<void>;
  /** A bare SELECT (no parentheses) of documents containing every term (phrase of recall tokens), ranked by jieba words. */
  textMatch(db: SearchDb, terms: QueryTerm[], rankTokens: string[]): Promise<RawBuilder<TextMatchRow>>;
  /**
   * A bare SELECT of the `limit` newest matches (document id descending) below `before` (all when
   * null) that also pass the filters, ranked like textMatch. It
   * must walk the match in id order and stop at `limit`, never rank or sort every match. It may
   * read `db` first (SQLite for its partitions, PostgreSQL for the block's ids, window by window).
   */
  textBlock(db: SearchDb, block: TextBlock): Promise<RawBuilder<TextMatchRow>>;
}

/** What {@link SearchDialect.textBlock} selects. */
export interface TextBlock {
  terms: QueryTerm[];
  rankTokens: string[];
  /** The filters as the user gave them. */
  filters: SearchFilters;
  /** The same filters as conditions on search_docs (`d`), for dialects that filter in SQL. */
  filterSql: Array<RawBuilder<boolean>>;
  before: number | null;
  limit: number;
}

/** Splits a list into slices small enough for one statement's parameters. */
export function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
