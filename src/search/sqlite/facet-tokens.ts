/**
 * Search filters as FTS5 tokens. A filtered search used to check every text match against
 * search_docs (a row lookup per match, most of a filtered query's time when the word is common);
 * with the filter values indexed as tokens in a `facets` column, FTS5 intersects the word's
 * posting list with the filter's instead. Free-text values (category, genre, issuer) become a
 * hash token, so punctuation or spaces in a value cannot split it; the runner still checks the
 * filters exactly on the block it keeps.
 */
import { createHash } from "node:crypto";
import type { SearchFilters } from "../query.ts";

/** The search_docs columns the facet tokens are made from. */
export interface FacetSource {
  category: string | null;
  genre: string | null;
  year: number | null;
  issue_number: number | null;
  /** Issuer names joined by newlines. */
  issuers: string;
  /** Org ids as `o12 o7`. */
  org_ids: string;
}

function hashed(prefix: string, value: string): string {
  return `${prefix}${createHash("sha256").update(value, "utf8").digest("hex").slice(0, 16)}`;
}

/** Tokens naming one filter value: letters and digits only, so unicode61 keeps each one whole. */
const token = {
  category: (value: string): string => hashed("c", value),
  genre: (value: string): string => hashed("g", value),
  issuer: (value: string): string => hashed("i", value),
  year: (value: number): string => `y${value}`,
  issueNumber: (value: number): string => `n${value}`,
  orgId: (value: number): string => `o${value}`,
};

/**
 * A token every document carries. A MATCH expression ORs the ranking words with it, so they
 * rank without narrowing the match; one instance per row makes it cheaper for bm25 to visit
 * than any word of the text.
 */
export const EVERY_DOCUMENT = "all";

/** The facet tokens of a document, space-separated, for its FTS5 row. */
export function facetTokens(row: FacetSource): string {
  const out: string[] = [EVERY_DOCUMENT];
  if (row.category !== null && row.category !== "") out.push(token.category(row.category));
  if (row.genre !== null && row.genre !== "") out.push(token.genre(row.genre));
  if (row.year !== null) out.push(token.year(row.year));
  if (row.issue_number !== null) out.push(token.issueNumber(row.issue_number));
  for (const issuer of row.issuers.split("\n")) if (issuer !== "") out.push(token.issuer(issuer));
  for (const org of row.org_ids.split(" ")) if (/^o\d+$/u.test(org)) out.push(org);
  return out.join(" ");
}

/** The facet tokens a filtered search requires, one per filter set. */
export function filterTokens(filters: SearchFilters): string[] {
  const out: string[] = [];
  if (filters.category !== undefined) out.push(token.category(filters.category));
  if (filters.genre !== undefined) out.push(token.genre(filters.genre));
  if (filters.year !== undefined) out.push(token.year(filters.year));
  if (filters.issueNumber !== undefined) out.push(token.issueNumber(filters.issueNumber));
  if (filters.issuer !== undefined) out.push(token.issuer(filters.issuer));
  if (filters.orgId !== undefined) out.push(token.orgId(filters.orgId));
  return out;
}
