/** Every public path of the site in one place, so pages, feeds and the sitemap agree. */
import type { DocNumberParts } from "../model/index.ts";

const seg = encodeURIComponent;

/** Query string from the defined, non-empty values (in the order given). */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Site paths. */
export const paths = {
  home: () => "/",
  issues: () => "/issues",
  issue: (year: number, number: number) => `/issues/${year}/${number}`,
  issueVersion: (year: number, number: number, version: number) => `/issues/${year}/${number}/v/${version}`,
  issueJson: (year: number, number: number) => `/issues/${year}/${number}.json`,
  issueTasksCsv: (year: number, number: number) => `/issues/${year}/${number}/tasks.csv`,
  document: (id: number) => `/d/${id}`,
  documentJson: (id: number) => `/d/${id}.json`,
  documentTasksCsv: (id: number) => `/d/${id}/tasks.csv`,
  documentByNumber: (parts: DocNumberParts) => `/documents/by-number/${seg(parts.agency)}/${parts.year}/${parts.serial}`,
  documents: () => "/documents",
  orgs: () => "/orgs",
  org: (id: number) => `/orgs/${id}`,
  orgTasksCsv: (id: number) => `/orgs/${id}/tasks.csv`,
  orgFeed: (id: number) => `/feeds/orgs/${id}.atom`,
  chronicle: () => "/chronicle",
  search: () => "/search",
  documentsFeed: () => "/feeds/documents.atom",
  categoryFeed: (category: string) => `/feeds/category/${seg(category)}.atom`,
  sitemap: () => "/sitemap.xml",
  openapi: () => "/api/openapi.json",
} as const;

/** The readable link of a current document: by 发文字号 when it has one, else by id. */
export function documentLink(doc: { id: number; docNumberParts: DocNumberParts | null }, current = true): string {
  return current && doc.docNumberParts ? paths.documentByNumber(doc.docNumberParts) : paths.document(doc.id);
}
