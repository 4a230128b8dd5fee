/** The API's path and query parameters, validated with zod (and described in OpenAPI from the same schemas). */
import { z } from "zod";
import { MAX_PAGE_SIZE } from "../../store/index.ts";
import type { SearchQuery } from "../../search/index.ts";
import { id, whole } from "../http/validate.ts";

const limit = whole.refine((n) => n >= 1 && n <= MAX_PAGE_SIZE, `expected 1 to ${MAX_PAGE_SIZE}`);
const cursor = z.string().max(500);
const text = z.string().max(200);

/** `/issues/{year}/{number}` */
export const IssuePath = z.object({ year: whole, number: whole });
/** `?year=` of the issue list. */
export const IssuesQuery = z.object({ year: whole.optional() });
/** `?version=` of one issue. */
export const IssueQuery = z.object({ version: id.optional() });
/** A path with a row id. */
export const IdPath = z.object({ id });
/** Document list filters and paging. */
export const DocumentsQuery = z.object({
  category: text.optional(), genre: text.optional(), year: whole.optional(), org: id.optional(),
  cursor: cursor.optional(), limit: limit.optional(),
});
/** Task roles in filters. */
export const TaskRoleParam = z.enum(["lead", "responsible", "cooperating"]);
/** Task list filters and paging. */
export const TasksQuery = z.object({
  org: id.optional(), document: id.optional(), role: TaskRoleParam.optional(), cursor: cursor.optional(), limit: limit.optional(),
});
/** Tasks of one organisation. */
export const OrgTasksQuery = TasksQuery.omit({ org: true, document: true });
/** Search text, filters, sort and paging — shared by the site and the API. */
export const SearchParams = z.object({
  q: z.string().max(1000).optional(),
  category: text.optional(), genre: text.optional(), issuer: text.optional(),
  org: id.optional(), year: whole.optional(), issue: whole.optional(),
  sort: z.enum(["relevance", "date"]).optional(),
  cursor: cursor.optional(),
  limit: whole.refine((n) => n >= 1 && n <= 100, "expected 1 to 100").optional(),
});
/** Validated search parameters. */
export type SearchParams = z.output<typeof SearchParams>;

/** The API's search parameters: like the site's, but the text is required. */
export const ApiSearchParams = SearchParams.extend({ q: z.string().max(1000) });

/** The search index's query for validated parameters (`q` must be present). */
export function toSearchQuery(params: SearchParams & { q: string }): SearchQuery {
  const { q, category, genre, issuer, org, year, issue, sort, cursor: after, limit: size } = params;
  // An empty field of a search form means "any", not "the empty value".
  const given = (value: string | undefined): string | undefined => (value === "" ? undefined : value);
  return { q, category: given(category), genre: given(genre), issuer: given(issuer), orgId: org, year, issueNumber: issue, sort, cursor: after, limit: size };
}
