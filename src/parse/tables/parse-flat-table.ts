/**
 * Regrouping a table flattened one cell per line into rows. The header repeats after every page
 * break and is dropped; rows start at serial numbers when the first column is 序号/编号, otherwise
 * every N cells. A cell wrapped over two lines is joined back.
 */
import type { Table } from "../../model/issue.ts";
import { cleanCell, isPageNumberLine } from "./clean-cell.ts";
import { isBlank, type SourceLine } from "./source-line.ts";

interface Cell {
  line: number;
  text: string;
}

const SERIAL_HEADER = /^(序号|编号|序)$/u;
const SERIAL = /^(\d{1,3})[.、．]?$/u;

const squeeze = (s: string): string => s.replace(/[\s\u3000]+/gu, "");

function readCells(lines: readonly SourceLine[]): Cell[] {
  const cells: Cell[] = [];
  for (const { line, text } of lines) {
    if (isBlank(text) || isPageNumberLine(text)) continue;
    cells.push({ line, text: cleanCell(text) });
  }
  return cells;
}

function dropHeaderRuns(cells: readonly Cell[], header: readonly string[]): Cell[] {
  const keys = header.map(squeeze);
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; ) {
    if (keys.length > 0 && keys.every((k, j) => squeeze(cells[i + j]?.text ?? "\u0000") === k)) {
      i += keys.length;
      continue;
    }
    const cell = cells[i];
    if (cell) out.push(cell);
    i++;
  }
  return out;
}

/**
 * Splits cells into rows at serial numbers 1, 2, 3 … choosing, among the cells that look like
 * the next serial, the split whose rows come closest to `width` cells: a count or a year inside
 * a row cannot start a row unless the rows around it fit the header better that way.
 */
function groupBySerial(cells: readonly Cell[], width: number): Cell[][] {
  const serial = cells.map((c) => {
    const m = SERIAL.exec(c.text);
    return m ? Number(m[1]) : NaN;
  });
  // A row is never looked for further away than a few times its expected width.
  const reach = 4 * width + 4;
  const cost = new Map<number, number>();
  const next = new Map<number, number>();
  for (let i = cells.length - 1; i >= 0; i--) {
    const n = serial[i] ?? NaN;
    if (Number.isNaN(n)) continue;
    let best = Math.abs(cells.length - i - width);
    let bestNext = -1;
    for (let k = i + 1; k < cells.length && k - i <= reach; k++) {
      const after = cost.get(k);
      if (serial[k] !== n + 1 || after === undefined) continue;
      const c = Math.abs(k - i - width) + after;
      if (c < best) [best, bestNext] = [c, k];
    }
    cost.set(i, best);
    next.set(i, bestNext);
  }
  let at = serial.findIndex((n) => n === 1);
  if (at === -1) at = serial.findIndex((n) => !Number.isNaN(n));
  const rows: Cell[][] = [];
  while (at !== -1) {
    const to = next.get(at) ?? -1;
    const row = cells.slice(at, to === -1 ? cells.length : to);
    const [head, ...rest] = row;
    if (head) rows.push([{ line: head.line, text: String(serial[at]) }, ...rest]);
    at = to;
  }
  return rows;
}

function groupByCount(cells: readonly Cell[], width: number): Cell[][] {
  const rows: Cell[][] = [];
  for (let i = 0; i < cells.length; i += width) rows.push(cells.slice(i, i + width));
  return rows;
}

/** How likely a line was cut by the column width and continues on the next line. */
function wrapScore(text: string): number {
  let score = [...text].length;
  if (/[。；;！!？?]$/u.test(text)) score -= 1000;
  if (/[、，,（(“《]$/u.test(text)) score += 1000;
  return score;
}

function joinWrapped(a: string, b: string): string {
  return /[A-Za-z0-9]$/u.test(a) && /^[A-Za-z0-9]/u.test(b) ? `${a} ${b}` : a + b;
}

/** Folds surplus lines into the cell most likely wrapped; pads short rows at the end. */
function fitWidth(texts: string[], width: number, serial: boolean): string[] {
  const row = [...texts];
  const first = serial ? 1 : 0;
  while (row.length > width) {
    let best = first;
    for (let i = first; i < row.length - 1; i++) if (wrapScore(row[i] ?? "") > wrapScore(row[best] ?? "")) best = i;
    row.splice(best, 2, joinWrapped(row[best] ?? "", row[best + 1] ?? ""));
  }
  while (row.length < width) row.push("");
  return row;
}

/** Regroups the cell-per-line `lines` of a flattened table with the given header into a {@link Table}. */
export function parseFlatTable(lines: readonly SourceLine[], header: readonly string[]): Table {
  const columns = header.map(squeeze);
  const cells = dropHeaderRuns(readCells(lines), columns);
  const serial = SERIAL_HEADER.test(columns[0] ?? "");
  const groups = serial ? groupBySerial(cells, Math.max(columns.length, 1)) : groupByCount(cells, Math.max(columns.length, 1));
  const rows = groups.map((g) => fitWidth(g.map((c) => c.text), columns.length, serial));
  const rowLines = groups.map((g) => g[0]?.line ?? 0);
  const nonBlank = lines.filter((l) => !isBlank(l.text));
  const first = nonBlank[0];
  const last = nonBlank[nonBlank.length - 1];
  return { columns, rows, ...(first && last ? { span: { startLine: first.line, endLine: last.line } } : {}), rowLines };
}
