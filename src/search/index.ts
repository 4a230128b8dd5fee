/** Chinese full-text search over gazette documents, on SQLite FTS5 or PostgreSQL. */
export type { SearchDocument, SearchQuery, SearchHit, SearchResult, SearchIndex, SearchOptions } from "./types.ts";
export type { SearchTables, SearchDocsTable } from "./schema.ts";
export { searchIndex } from "./search-index.ts";
export { DEFAULT_BLOCK_SIZE } from "./search-runner.ts";
export { migrateSearch } from "./migrate.ts";
export { parseDocNumberQuery, type DocNumberQuery } from "./doc-number.ts";
export { addUserWords, charBigrams, tokensForIndex } from "./segmenter.ts";
export { measureRecall, allHitIds, allMatchIds, type RecallReport, type QueryRecall } from "./recall.ts";
export { MAX_QUERY_CHARS } from "./query.ts";
/** HTML escaping shared with the web layer: snippets are the one place search writes markup. */
export { escapeHtml } from "./snippet.ts";
