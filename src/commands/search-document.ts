/** What the search index sees of a stored document: its filters and every word of its text. */
import type { Document, Issue, Section, Table } from "../model/index.ts";
import type { StoredDocument } from "../store/index.ts";
import type { SearchDocument } from "../search/index.ts";
import { isPersonalColumn } from "./personal-data.ts";

function sectionLines(sections: Section[]): string[] {
  return sections.flatMap((s) => [`${s.label}${s.title}`, s.text, ...sectionLines(s.children)]);
}

function tableLines(table: Table): string[] {
  // Personal columns never enter the index, so no snippet can quote them whatever the setting.
  const keep = table.columns.map((header) => !isPersonalColumn(header));
  const pick = (cells: string[]): string => cells.filter((_, i) => keep[i] !== false).join(" ");
  return [pick(table.columns), ...table.rows.map(pick)];
}

/** The searchable text of a document: body, enclosures, attachments, glossary, tasks and events. */
export function documentText(document: Document): string {
  const lines = [
    document.text ?? "",
    ...sectionLines(document.sections),
    ...document.enclosures.flatMap((e) => [e.title, e.text ?? "", ...sectionLines(e.sections)]),
    ...document.attachments.flatMap((a) => [
      `${a.label} ${a.title}`, a.text, ...sectionLines(a.sections ?? []), ...a.tables.flatMap(tableLines),
    ]),
    ...document.glossary.map((g) => `${g.term}：${g.definition}`),
    ...document.tasks.map((t) => {
      const units = [...t.lead, ...t.responsible, ...t.cooperating].map((u) => u.name).join("、");
      return [t.title, units, t.deadline?.text ?? ""].filter(Boolean).join(" ");
    }),
    ...document.events.map((e) => `${e.date ?? ""} ${e.text}`),
  ];
  return lines.map((line) => line.trim()).filter((line) => line !== "").join("\n");
}

/** Maps a stored document (and the global ids of the organisations it names) to a SearchDocument. */
export function toSearchDocument(stored: StoredDocument, orgIds: number[]): SearchDocument {
  return {
    id: stored.id,
    issueId: stored.issueId,
    title: stored.title ?? stored.document.title ?? "",
    docNumber: stored.docNumber,
    category: stored.category,
    genre: stored.genre,
    issuers: stored.issuers,
    orgIds,
    year: stored.issueYear,
    issueNumber: stored.issueNumber,
    date: stored.date,
    text: documentText(stored.document),
  };
}

/** The same SearchDocument built from the issue being imported, without reading the stored row back. */
export function searchDocumentOf(id: number, issueId: number, issue: Issue, document: Document, orgIds: number[]): SearchDocument {
  return {
    id,
    issueId,
    title: document.title ?? "",
    docNumber: document.docNumber,
    category: document.category,
    genre: document.genre,
    issuers: document.issuers,
    orgIds,
    year: issue.year,
    issueNumber: issue.number,
    date: document.date,
    text: documentText(document),
  };
}
