/**
 * Reading a tab-separated table, as pdftotext leaves one, into a {@link Table}: the first line
 * is the header, a header repeated after a page break is dropped, rows are fitted to the
 * header's width and merged cells are carried down.
 */
import type { Table } from "../../model/issue.ts";
import { alignRow, ColumnProfile } from "./align-row.ts";
import { carryDown } from "./carry-down.ts";
import { isPageNumberLine, splitCells, trimTrailingEmpty } from "./clean-cell.ts";
import { isBlank, type SourceLine } from "./source-line.ts";

/** Blank lines and page numbers (a tabbed line is a row, whatever it holds) are not part of a table's text. */
function isSkipped(text: string): boolean {
  return isBlank(text) || (!text.includes("\t") && isPageNumberLine(text));
}

/** True when `cells` repeat the header (printed again after a page break). */
function isHeader(cells: readonly string[], columns: readonly string[]): boolean {
  if (cells.length !== columns.length) return false;
  for (let i = 0; i < cells.length; i++) if (cells[i] !== columns[i]) return false;
  return true;
}

/** Parses the lines of one printed table (header first); blank and page-number lines are skipped. */
export function parseTable(lines: readonly SourceLine[]): Table {
  let at = 0;
  while (at < lines.length && isSkipped((lines[at] as SourceLine).text)) at++;
  const head = lines[at];
  if (!head) return { columns: [], rows: [] };

  const columns = trimTrailingEmpty(splitCells(head.text));
  const profile = new ColumnProfile(columns.length);
  const rows: string[][] = [];
  const rowLines: number[] = [];
  let last = head;

  for (let i = at + 1; i < lines.length; i++) {
    const source = lines[i] as SourceLine;
    if (isSkipped(source.text)) continue;
    last = source;
    const cells = trimTrailingEmpty(splitCells(source.text));
    if (isHeader(cells, columns)) continue;
    const row = alignRow(cells, columns.length, profile);
    profile.add(row);
    rows.push(row);
    rowLines.push(source.line);
  }
  carryDown(columns, rows);

  return { columns, rows, span: { startLine: head.line, endLine: last.line }, rowLines };
}
