/** The search interface every storage dialect implements. */

/** One document as the search index sees it. */
export interface SearchDocument {
  id: number;
  issueId: number;
  title: string;
  docNumber: string | null;
  category: string | null;
  genre: string | null;
  issuers: string[];
  orgIds: number[];
  year: number | null;
  issueNumber: number | null;
  date: string | null;
  /** The body text; matched in full and quoted in snippets. */
  text: string;
}

/** A user's search: free text plus optional filters, sort and paging. */
export interface SearchQuery {
  q: string;
  category?: string;
  genre?: string;
  issuer?: string;
  orgId?: number;
  year?: number;
  issueNumber?: number;
  sort?: "relevance" | "date";
  limit?: number;
  cursor?: string;
}

/** One matching document. */
export interface SearchHit {
  documentId: number;
  title: string;
  docNumber: string | null;
  date: string | null;
  score: number;
  /** HTML-escaped text with <mark>…</mark> around hits. */
  snippet: string;
}

/**
 * A page of hits with the total and facet counts. A broad query is ranked in blocks of the newest
 * matches (see {@link SearchOptions.blockSize}); then `total` is the block size, a lower bound, and
 * the facets count only the block.
 */
export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** False when more matches exist than one block holds: `total` is then "at least". */
  totalIsExact: boolean;
  /**
   * `total` when exact; otherwise an estimate of all matches, from the share of documents that
   * match in the block's range of document ids, applied to the whole range.
   */
  estimatedTotal: number;
  /** False when the facets count only the current block of matches. */
  facetsAreExact: boolean;
  nextCursor: string | null;
  facets: { category: Record<string, number>; genre: Record<string, number>; year: Record<string, number> };
}

/** Tuning of a search index. */
export interface SearchOptions {
  /**
   * Most matches ranked and counted per query (default 3,000). Beyond it the newest `blockSize`
   * matches form a block; paging past a block moves on to the next block of older matches.
   */
  blockSize?: number;
}

/** Indexes documents and answers searches; one implementation per dialect. */
export interface SearchIndex {
  /** Adds or replaces documents (idempotent per id); runs inside the caller's transaction if given one. */
  index(docs: SearchDocument[]): Promise<void>;
  /** Drops documents from the index; unknown ids are ignored. */
  remove(ids: number[]): Promise<void>;
  /** Runs a query; bad input raises GongbaoError("bad-request"). */
  search(query: SearchQuery): Promise<SearchResult>;
}
