/**
 * Private persons' personal data printed in rosters (birth dates, home addresses, phone numbers)
 * is hidden wherever gongbao republishes a document — pages, API, exports and the search index —
 * unless the operator turns `showPersonalData` on. Officials' names and work units stay public.
 */
import type { Attachment, Document, Issue, Table } from "../model/index.ts";

/** What a hidden cell shows instead of its value. */
export const REDACTED = "（已隐去）";

const PERSONAL_HEADER = /出生日期|出生年月|家庭住址|住址|身份证|联系电话|手机/u;

/** True when a table column holds personal data, judged by its header. */
export function isPersonalColumn(header: string): boolean {
  return PERSONAL_HEADER.test(header.replace(/\s+/gu, ""));
}

/** The table with every personal column's cells replaced by {@link REDACTED} (headers kept). */
export function redactTable(table: Table): Table {
  const hidden = table.columns.map(isPersonalColumn);
  if (!hidden.some(Boolean)) return table;
  return { ...table, rows: table.rows.map((row) => row.map((cell, i) => (hidden[i] && cell !== "" ? REDACTED : cell))) };
}

function redactAttachment(attachment: Attachment): Attachment {
  return { ...attachment, tables: attachment.tables.map(redactTable) };
}

/** The document as it may be published: personal columns hidden unless `show` is true. */
export function redactDocument<D extends Document>(document: D, show: boolean): D {
  if (show) return document;
  return { ...document, attachments: document.attachments.map(redactAttachment) };
}

/** The issue as it may be published: every document passed through {@link redactDocument}. */
export function redactIssue<I extends Issue>(issue: I, show: boolean): I {
  if (show) return issue;
  return { ...issue, documents: issue.documents.map((d) => redactDocument(d, false)) };
}
