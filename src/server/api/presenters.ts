/** Presenters: stored rows shaped into the API's resources (see schemas.ts), with links and privacy applied. */
import type { DocumentSummary, IssueSummary, OrgDocument, StoredDocument, StoredOrg, StoredTask, TaskUnit } from "../../store/index.ts";
import type { SearchResult } from "../../search/index.ts";
import { redactDocument } from "../../commands/index.ts";
import { documentLink, paths } from "../urls.ts";
import type {
  DocumentResource, DocumentSummaryResource, IssueSummaryResource, OrgDetailResource, OrgResource, SearchResultResource, TaskResource,
} from "./schemas.ts";

/** The API's own paths, beside the site's. */
export const apiPaths = {
  issue: (year: number, number: number) => `/api/v1/issues/${year}/${number}`,
  document: (id: number) => `/api/v1/documents/${id}`,
  org: (id: number) => `/api/v1/orgs/${id}`,
  orgTasks: (id: number) => `/api/v1/orgs/${id}/tasks`,
} as const;

/** An issue in lists. */
export function presentIssueSummary(s: IssueSummary): IssueSummaryResource {
  const y = s.year ?? 0;
  const n = s.number ?? 0;
  return {
    id: s.id, publication: s.publication, year: s.year, number: s.number, cumulativeNumber: s.cumulativeNumber, date: s.date,
    version: s.version, current: s.current, documentCount: s.documentCount, sha256: s.sha256,
    links: { html: paths.issue(y, n), json: paths.issueJson(y, n), api: apiPaths.issue(y, n), tasksCsv: paths.issueTasksCsv(y, n) },
  };
}

/** A document without its body. */
export function presentDocumentSummary(d: DocumentSummary, current = true): DocumentSummaryResource {
  return {
    id: d.id,
    issue: { id: d.issueId, year: d.issueYear, number: d.issueNumber },
    seq: d.seq, category: d.category, title: d.title, docNumber: d.docNumber, docNumberParts: d.docNumberParts,
    genre: d.genre, date: d.date, issuers: d.issuers, recipients: d.recipients,
    links: { html: documentLink(d, current), json: paths.documentJson(d.id), api: apiPaths.document(d.id), tasksCsv: paths.documentTasksCsv(d.id) },
  };
}

/** A whole document; personal data hidden unless `showPersonalData`. */
export function presentDocument(d: StoredDocument, showPersonalData: boolean): DocumentResource {
  const summary = presentDocumentSummary(d, d.current);
  return {
    ...summary,
    issue: { ...summary.issue, version: d.issueVersion, current: d.current },
    document: redactDocument(d.document, showPersonalData),
  };
}

/** An organisation. */
export function presentOrg(o: StoredOrg): OrgResource {
  return {
    id: o.id, name: o.name, kind: o.kind, aliases: o.aliases,
    links: { html: paths.org(o.id), api: apiPaths.org(o.id), tasks: apiPaths.orgTasks(o.id), tasksCsv: paths.orgTasksCsv(o.id), feed: paths.orgFeed(o.id) },
  };
}

/** An organisation with its documents and roles. */
export function presentOrgDetail(o: StoredOrg, documents: OrgDocument[]): OrgDetailResource {
  return { ...presentOrg(o), documents: documents.map((d) => ({ ...presentDocumentSummary(d), roles: d.roles })) };
}

function units(list: TaskUnit[], role: TaskUnit["role"]) {
  return list.filter((u) => u.role === role).map((u) => ({ orgId: u.orgId, name: u.name, links: { html: paths.org(u.orgId), api: apiPaths.org(u.orgId) } }));
}

/** A task with its units grouped by role. */
export function presentTask(t: StoredTask): TaskResource {
  return {
    id: t.id, documentId: t.documentId, seq: t.seq, path: t.path, title: t.title, source: t.source, deadline: t.deadline, targets: t.targets,
    lead: units(t.units, "lead"), responsible: units(t.units, "responsible"), cooperating: units(t.units, "cooperating"),
    links: { document: paths.document(t.documentId), documentApi: apiPaths.document(t.documentId) },
  };
}

/** A page of search hits. */
export function presentSearch(r: SearchResult): SearchResultResource {
  return {
    total: r.total,
    totalIsExact: r.totalIsExact,
    estimatedTotal: r.estimatedTotal,
    nextCursor: r.nextCursor,
    facets: r.facets,
    facetsAreExact: r.facetsAreExact,
    hits: r.hits.map((h) => ({ ...h, links: { html: paths.document(h.documentId), api: apiPaths.document(h.documentId) } })),
  };
}
