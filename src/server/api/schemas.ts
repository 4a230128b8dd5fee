/**
 * The API's response shapes as zod schemas: presenters are typed by them and the OpenAPI
 * document is generated from them, so the description cannot drift from what is served.
 */
import { z } from "zod";
import { Deadline, DocNumberParts, Document, IsoDate, Target } from "../../model/index.ts";

const Links = (...names: string[]) => z.object(Object.fromEntries(names.map((n) => [n, z.string()])));

/** An issue in lists. */
export const IssueSummaryResource = z.object({
  id: z.number().int(),
  publication: z.string().nullable(),
  year: z.number().int().nullable(),
  number: z.number().int().nullable(),
  cumulativeNumber: z.number().int().nullable(),
  date: IsoDate.nullable(),
  version: z.number().int(),
  current: z.boolean(),
  documentCount: z.number().int(),
  sha256: z.string(),
  links: Links("html", "json", "api", "tasksCsv"),
});
/** An issue in lists. */
export type IssueSummaryResource = z.infer<typeof IssueSummaryResource>;

const IssueRef = z.object({ id: z.number().int(), year: z.number().int().nullable(), number: z.number().int().nullable() });

/** A document without its body. */
export const DocumentSummaryResource = z.object({
  id: z.number().int(),
  issue: IssueRef,
  seq: z.number().int(),
  category: z.string().nullable(),
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
  docNumberParts: DocNumberParts.nullable(),
  genre: z.string().nullable(),
  date: IsoDate.nullable(),
  issuers: z.array(z.string()),
  recipients: z.array(z.string()),
  links: Links("html", "json", "api", "tasksCsv"),
});
/** A document without its body. */
export type DocumentSummaryResource = z.infer<typeof DocumentSummaryResource>;

/** A whole document (`gongbao/issue@1` Document) with where it was published. */
export const DocumentResource = DocumentSummaryResource.extend({
  issue: IssueRef.extend({ version: z.number().int(), current: z.boolean() }),
  document: Document,
});
/** A whole document with where it was published. */
export type DocumentResource = z.infer<typeof DocumentResource>;

/** An organisation. */
export const OrgResource = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(["department", "town", "subdistrict", "party", "group", "other"]),
  aliases: z.array(z.string()),
  links: Links("html", "api", "tasks", "tasksCsv", "feed"),
});
/** An organisation. */
export type OrgResource = z.infer<typeof OrgResource>;

/** How an organisation takes part in a document. */
export const OrgRoleEnum = z.enum(["issuer", "lead", "responsible", "cooperating"]);

/** An organisation with the documents it issued or has tasks in. */
export const OrgDetailResource = OrgResource.extend({
  documents: z.array(DocumentSummaryResource.extend({ roles: z.array(OrgRoleEnum) })),
});
/** An organisation with its documents. */
export type OrgDetailResource = z.infer<typeof OrgDetailResource>;

const TaskUnitResource = z.object({ orgId: z.number().int(), name: z.string(), links: Links("html", "api") });

/** A task with its units grouped by role. */
export const TaskResource = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  seq: z.number().int(),
  path: z.array(z.string()),
  title: z.string(),
  source: z.enum(["enclosure", "body", "attachment"]),
  deadline: Deadline.nullable(),
  targets: z.array(Target),
  lead: z.array(TaskUnitResource),
  responsible: z.array(TaskUnitResource),
  cooperating: z.array(TaskUnitResource),
  links: Links("document", "documentApi"),
});
/** A task with its units grouped by role. */
export type TaskResource = z.infer<typeof TaskResource>;

/** One search hit; `snippet` is HTML-escaped text with `<mark>` around the hits. */
export const SearchHitResource = z.object({
  documentId: z.number().int(),
  title: z.string(),
  docNumber: z.string().nullable(),
  date: IsoDate.nullable(),
  score: z.number(),
  snippet: z.string(),
  links: Links("html", "api"),
});

const Counts = z.record(z.string(), z.number().int());

/**
 * A page of search hits with totals and facet counts. A query matching more than 3,000
 * documents is ranked and counted over blocks of the 3,000 newest matches: `total` is then
 * 3,000 (a lower bound) with `totalIsExact: false` and `estimatedTotal` an estimate of all
 * matches, the facets count the block, and paging past a block continues with the next block of
 * older matches, so every match is reached once.
 */
export const SearchResultResource = z.object({
  total: z.number().int().describe("Exact number of matches, or the block size (a lower bound) when totalIsExact is false"),
  totalIsExact: z.boolean().describe("False when more matches exist than one block of the 3,000 newest matches"),
  estimatedTotal: z.number().int().describe("total when totalIsExact; otherwise an estimate of all matches from the block's share of documents"),
  hits: z.array(SearchHitResource),
  nextCursor: z.string().nullable().describe("Next page; after a block's last page, the first page of the next block of older matches"),
  facets: z.object({ category: Counts, genre: Counts, year: Counts }),
  facetsAreExact: z.boolean().describe("False when the facets count only the current block of matches"),
});
/** A page of search hits. */
export type SearchResultResource = z.infer<typeof SearchResultResource>;

/** A cursor page of items. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** The error object every failing API call returns. */
export const ErrorResource = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional(), line: z.number().int().optional() }),
});
