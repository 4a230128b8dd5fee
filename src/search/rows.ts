/** The dialect-neutral row of search_docs built from a SearchDocument. */
import { parseDocNumberQuery } from "./doc-number.ts";
import type { SearchDocsTable } from "./schema.ts";
import type { SearchDocument } from "./types.ts";

/** The search_docs row for a document, with its document number split for doc-number queries. */
export function docRow(doc: SearchDocument): SearchDocsTable {
  const parts = doc.docNumber ? parseDocNumberQuery(doc.docNumber) : null;
  return {
    document_id: doc.id,
    issue_id: doc.issueId,
    title: doc.title,
    doc_number: doc.docNumber,
    doc_agency: parts?.agency ?? null,
    doc_year: parts?.year ?? null,
    doc_serial: parts?.serial ?? null,
    category: doc.category,
    genre: doc.genre,
    issuers: doc.issuers.join("\n"),
    org_ids: doc.orgIds.map((id) => `o${id}`).join(" "),
    year: doc.year,
    issue_number: doc.issueNumber,
    date: doc.date,
    body: doc.text,
  };
}
