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

/** Parses the lines of one printed table (header first); blank and page-number lines are skipped. */
export function parseTable(lines: readonly SourceLine[]): Table {
  const body = lines.filter((l) => !isBlank(l.text) && !(isPageNumberLine(l.text) && !l.text.includes("\t")));
  const [head, ...rest] = body;
  if (!head) return { columns: [], rows: [] };

  const columns = trimTrailingEmpty(splitCells(head.text));
  const isHeader = (cells: readonly string[]): boolean =>
    cells.length === columns.length && cells.every((c, i) => c === columns[i]);
  const profile = new ColumnProfile(columns.length);
  const rows: string[][] = [];
  const rowLines: number[] = [];

  for (const { line, text } of rest) {
    const cells = trimTrailingEmpty(splitCells(text));
    if (isHeader(cells)) continue;
    const row = alignRow(cells, columns.length, profile);
    profile.add(row);
    rows.push(row);
    rowLines.push(line);
  }
  carryDown(columns, rows);

  const last = body[body.length - 1] ?? head;
  return { columns, rows, span: { startLine: head.line, endLine: last.line }, rowLines };
}
