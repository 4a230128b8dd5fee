/**
 * Turns a user's SearchQuery into validated, dialect-neutral pieces. User text is reduced here to
 * tokens of letters and digits, so nothing a user types can reach FTS5 or tsquery syntax.
 */
import { z } from "zod";
import { GongbaoError } from "../model/errors.ts";
import { parseDocNumberQuery, type DocNumberQuery } from "./doc-number.ts";
import { fold, queryWords, runBigrams, textRuns } from "./segmenter.ts";
import type { SearchQuery } from "./types.ts";

/** Longest query accepted; also bounds a term so PostgreSQL's chunk overlap always covers it. */
export const MAX_QUERY_CHARS = 200;
/** Most words a query may have; more is a paste, not a search. */
export const MAX_TERMS = 12;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
const MAX_OFFSET = 10_000;

/** One query word: must occur as a phrase of consecutive recall tokens. */
export interface QueryTerm {
  /** The folded word, also used to mark hits in snippets. */
  text: string;
  /** Consecutive bigram/word tokens the document must contain. */
  grams: string[];
  /** The last token is a lone CJK character and may begin a longer bigram. */
  prefixLast: boolean;
}

/** Filters that narrow a search. */
export interface SearchFilters {
  category?: string | undefined;
  genre?: string | undefined;
  issuer?: string | undefined;
  orgId?: number | undefined;
  year?: number | undefined;
  issueNumber?: number | undefined;
}

/** A query ready for a dialect to run. */
export interface ParsedSearch {
  terms: QueryTerm[];
  /** jieba words of the query, OR-ed for ranking only. */
  rankTokens: string[];
  docNumber: DocNumberQuery | null;
  filters: SearchFilters;
  sort: "relevance" | "date";
  limit: number;
  position: SearchPosition;
}

const QuerySchema = z.object({
  q: z.string(),
  category: z.string().min(1).max(200).optional(),
  genre: z.string().min(1).max(200).optional(),
  issuer: z.string().min(1).max(200).optional(),
  orgId: z.number().int().nonnegative().optional(),
  year: z.number().int().min(0).max(9999).optional(),
  issueNumber: z.number().int().nonnegative().optional(),
  sort: z.enum(["relevance", "date"]).optional(),
  limit: z.number().int().min(1).max(MAX_LIMIT).optional(),
  cursor: z.string().max(200).optional(),
});

function badRequest(message: string, field: string): GongbaoError {
  return new GongbaoError("bad-request", message, { field });
}

/**
 * Where a page starts: the block of matches with document ids below `before` (null: the newest
 * block), and the offset inside that block's ranking.
 */
export interface SearchPosition {
  offset: number;
  before: number | null;
}

const CursorSchema = z.object({ o: z.number().int().min(0).max(MAX_OFFSET), b: z.number().int().min(0).optional() });

/** Encodes the position after a page; opaque to clients. */
export function encodeCursor(position: SearchPosition): string {
  const value = position.before === null ? { o: position.offset } : { o: position.offset, b: position.before };
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

/** Decodes a cursor made by {@link encodeCursor}; anything else is a bad request. */
export function decodeCursor(cursor: string): SearchPosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const parsed = CursorSchema.safeParse(value);
    if (parsed.success) return { offset: parsed.data.o, before: parsed.data.b ?? null };
  } catch {
    // fall through: a cursor that does not decode is the client's mistake
  }
  throw badRequest("invalid cursor", "cursor");
}

/** Splits query text into terms; punctuation and spaces separate them, duplicates collapse. */
export function queryTerms(q: string): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  for (const word of fold(q).split(/[^\p{L}\p{N}\p{M}]+/u)) {
    if (word === "" || terms.has(word)) continue;
    const runs = textRuns(word);
    const grams = runs.flatMap((run) => (run.cjk ? runBigrams(run.text) : [run.text.slice(0, 64)]));
    const last = runs[runs.length - 1];
    if (grams.length === 0 || !last) continue;
    terms.set(word, { text: word, grams, prefixLast: last.cjk && Array.from(last.text).length === 1 });
  }
  return [...terms.values()];
}

/** Validates and parses a query; raises GongbaoError("bad-request") for anything unusable. */
export function parseSearchQuery(query: SearchQuery): ParsedSearch {
  const checked = QuerySchema.safeParse(query);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw badRequest(`invalid search query: ${issue?.message ?? "bad value"}`, String(issue?.path[0] ?? "q"));
  }
  const { q, sort, limit, cursor, ...filters } = checked.data;
  const text = q.trim();
  if (text === "") throw badRequest("the search text is empty", "q");
  if (text.length > MAX_QUERY_CHARS) throw badRequest(`the search text is longer than ${MAX_QUERY_CHARS} characters`, "q");
  const terms = queryTerms(text);
  if (terms.length === 0) throw badRequest("the search text has no words to look for", "q");
  if (terms.length > MAX_TERMS) throw badRequest(`the search text has more than ${MAX_TERMS} words`, "q");
  const rankTokens = [...new Set(terms.flatMap((term) => queryWords(term.text)))].slice(0, 32);
  return {
    terms,
    rankTokens,
    docNumber: parseDocNumberQuery(text),
    filters,
    sort: sort ?? "relevance",
    limit: limit ?? DEFAULT_LIMIT,
    position: cursor === undefined ? { offset: 0, before: null } : decodeCursor(cursor),
  };
}
