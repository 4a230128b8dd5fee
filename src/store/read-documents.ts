/** Reading documents: one by id, by 发文字号, and a filtered, cursor-paged list. */
import { sql, type Kysely, type Selectable } from "kysely";
import { z } from "zod";
import { Document, type DocNumberParts } from "../model/issue.ts";
import type { Database, DocumentsTable, IssuesTable, OrgRole } from "./schema.ts";
import { guard, notFound } from "./errors.ts";
import { fromJson } from "./json.ts";
import { dialectOf } from "./connect.ts";
import { checkLimit, decodeCursor, encodeCursor, type Page } from "./cursor.ts";

/** Built once: zod compiles a schema's fast path on first use, so a per-call `.loose()` recompiled it on every read. */
const LooseDocument = Document.loose();

/** A document without its body, as lists show it. */
export interface DocumentSummary {
  id: number;
  issueId: number;
  issueYear: number | null;
  issueNumber: number | null;
  seq: number;
  category: string | null;
  title: string | null;
  docNumber: string | null;
  docNumberParts: DocNumberParts | null;
  genre: string | null;
  date: string | null;
  issuers: string[];
  recipients: string[];
}

/** A whole stored document and the issue version it belongs to. */
export interface StoredDocument extends DocumentSummary {
  issueVersion: number;
  /** False when a newer version of the issue has replaced the one this document is from. */
  current: boolean;
  document: Document;
}

const Names = z.array(z.string());

/** The columns a {@link DocumentSummary} is made from. */
export const SUMMARY_COLUMNS = [
  "documents.id", "documents.issue_id", "documents.seq", "documents.category", "documents.title", "documents.doc_number",
  "documents.doc_agency", "documents.doc_year", "documents.doc_serial", "documents.genre", "documents.date",
  "documents.issuers", "documents.recipients", "issues.year as issue_year", "issues.number as issue_number",
] as const;

type SummaryRow = Omit<Selectable<DocumentsTable>, "data" | "span_start" | "span_end"> & {
  issue_year: Selectable<IssuesTable>["year"];
  issue_number: Selectable<IssuesTable>["number"];
};

/** Builds a {@link DocumentSummary} from a row selected with {@link SUMMARY_COLUMNS}. */
export function toDocumentSummary(row: SummaryRow): DocumentSummary {
  const { doc_agency: agency, doc_year: year, doc_serial: serial } = row;
  return {
    id: row.id,
    issueId: row.issue_id,
    issueYear: row.issue_year,
    issueNumber: row.issue_number,
    seq: row.seq,
    category: row.category,
    title: row.title,
    docNumber: row.doc_number,
    docNumberParts: agency !== null && year !== null && serial !== null ? { agency, year, serial } : null,
    genre: row.genre,
    date: row.date,
    issuers: fromJson(Names, row.issuers, `issuers of document #${row.id}`),
    recipients: fromJson(Names, row.recipients, `recipients of document #${row.id}`),
  };
}

/** Documents joined to their issue, restricted to current issue versions. */
export function currentDocuments(db: Kysely<Database>) {
  // EXISTS rather than `IN (current issues)`: with IN, SQLite drove the query from the issues
  // and sorted every document to find the newest page, instead of walking the (date, id) index.
  return db.selectFrom("documents").innerJoin("issues", "issues.id", "documents.issue_id")
    .select(SUMMARY_COLUMNS).where((eb) => eb.exists(
      eb.selectFrom("issues as current").select("current.id").whereRef("current.id", "=", "documents.issue_id").where("current.is_current", "=", 1),
    ));
}

/** One document by id, whichever issue version it belongs to. */
export async function getDocument(db: Kysely<Database>, id: number): Promise<StoredDocument> {
  return guard(`reading document #${id}`, async () => {
    const row = await db.selectFrom("documents").innerJoin("issues", "issues.id", "documents.issue_id")
      .select(SUMMARY_COLUMNS).select(["documents.data", "issues.version", "issues.is_current"])
      .where("documents.id", "=", id).executeTakeFirst();
    if (!row) throw notFound(`document #${id}`);
    return {
      ...toDocumentSummary(row),
      issueVersion: row.version,
      current: row.is_current === 1,
      document: fromJson(LooseDocument, row.data, `document #${id}`),
    };
  });
}

/**
 * Documents by 发文字号 in current issue versions. `agency` matches as a suffix, since gazettes
 * drop the city prefix (`政办发` finds `石大政办发`).
 */
export async function findDocumentsByNumber(
  db: Kysely<Database>,
  query: { agency?: string | undefined; year?: number | undefined; serial: number },
): Promise<DocumentSummary[]> {
  return guard(`finding document number ${query.agency ?? ""}〔${query.year ?? "*"}〕${query.serial}号`, async () => {
    let rows = currentDocuments(db).where("documents.doc_serial", "=", query.serial);
    if (query.year !== undefined) rows = rows.where("documents.doc_year", "=", query.year);
    const found = await rows.orderBy("documents.date", "desc").orderBy("documents.id", "desc").execute();
    // The suffix test runs here rather than as LIKE: no wildcard escaping, same result in both dialects.
    const agency = query.agency?.trim();
    return found.filter((row) => !agency || (row.doc_agency ?? "").endsWith(agency)).map(toDocumentSummary);
  });
}

/** Filters for {@link listDocuments}; `year` is the issue's year. */
export interface DocumentFilter {
  cursor?: string | undefined;
  limit: number;
  category?: string | undefined;
  genre?: string | undefined;
  orgId?: number | undefined;
  role?: OrgRole | undefined;
  year?: number | undefined;
}

/** Documents of current issue versions, newest first (date, then id), a page at a time. */
export async function listDocuments(db: Kysely<Database>, filter: DocumentFilter): Promise<Page<DocumentSummary>> {
  const limit = checkLimit(filter.limit);
  const after = filter.cursor === undefined ? null : decodeCursor(filter.cursor, ["string", "number"] as const);
  return guard("listing documents", async () => {
    // Undated documents sort last in both dialects: '' is below every ISO date.
    const dateKey = sql<string>`coalesce(documents.date, '')`;
    let rows = currentDocuments(db).select(dateKey.as("date_key"));
    if (filter.category !== undefined) rows = rows.where("documents.category", "=", filter.category);
    if (filter.genre !== undefined) rows = rows.where("documents.genre", "=", filter.genre);
    if (filter.year !== undefined) rows = rows.where("issues.year", "=", filter.year);
    if (filter.orgId !== undefined) {
      const orgId = filter.orgId;
      rows = rows.where("documents.id", "in", (eb) => {
        let linked = eb.selectFrom("document_orgs").select("document_orgs.document_id").where("document_orgs.org_id", "=", orgId);
        if (filter.role !== undefined) linked = linked.where("document_orgs.role", "=", filter.role);
        return linked;
      });
    }
    if (after) {
      const [date, id] = after;
      rows = rows.where((eb) => eb.or([eb(dateKey, "<", date), eb.and([eb(dateKey, "=", date), eb("documents.id", "<", id)])]));
    }
    // SQLite sorts NULL below every date, so `date DESC` is the same order as the key and walks
    // the (date, id) index; sorting by the expression sorted every document (0.3 s at 100,000).
    const ordered = dialectOf(db) === "sqlite"
      ? rows.orderBy("documents.date", "desc")
      : rows.orderBy(dateKey, "desc");
    const found = await ordered.orderBy("documents.id", "desc").limit(limit + 1).execute();
    const items = found.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toDocumentSummary),
      nextCursor: found.length > limit && last ? encodeCursor([last.date_key, last.id]) : null,
    };
  });
}
