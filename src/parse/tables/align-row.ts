/**
 * Fitting a printed row to the table's width. PDF extraction drops the empty cells of a row
 * whose leading cells were merged with the row above, and sometimes the trailing ones; which
 * side is missing is decided by how well each placement matches the columns seen so far.
 */

/** The rough shape of a cell, used to compare a cell with a column's earlier cells. */
export type Shape = "empty" | "serial" | "date" | "short" | "medium" | "long";

export function shapeOf(cell: string): Shape {
  if (cell === "") return "empty";
  // Both numeric shapes open with a digit: other cells are tried against neither pattern.
  const first = cell.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) {
    if (/^\d{1,4}[.、]?$/u.test(cell)) return "serial";
    if (/^\d{4}[.\-/年]/u.test(cell)) return "date";
  }
  const n = cell.length;
  return n <= 4 ? "short" : n <= 15 ? "medium" : "long";
}

/**
 * Shape counts per column of the rows read so far. Rows are only counted when a short row asks,
 * so tables whose rows are all full width never pay for the profile.
 */
export class ColumnProfile {
  private readonly width: number;
  /** Made on the first question: most tables never ask one. */
  private counts: Map<Shape, number>[] = [];
  private readonly rows: (readonly string[])[] = [];
  private counted = 0;

  constructor(width: number) {
    this.width = width;
  }

  /** Records a full-width row. */
  add(row: readonly string[]): void {
    this.rows.push(row);
  }

  private catchUp(): void {
    while (this.counts.length < this.width) this.counts.push(new Map<Shape, number>());
    for (; this.counted < this.rows.length; this.counted++) {
      const row = this.rows[this.counted] as readonly string[];
      for (let i = 0; i < row.length; i++) {
        const m = this.counts[i];
        if (!m) continue;
        const s = shapeOf(row[i] as string);
        m.set(s, (m.get(s) ?? 0) + 1);
      }
    }
  }

  /** How typical cells of these shapes are for the columns starting at `offset` (0 … shapes.length). */
  fit(shapes: readonly Shape[], offset: number): number {
    this.catchUp();
    if (this.counted === 0) return 0;
    let score = 0;
    for (let i = 0; i < shapes.length; i++) {
      const shape = shapes[i] as Shape;
      if (shape === "empty") continue;
      score += (this.counts[offset + i]?.get(shape) ?? 0) / this.counted;
    }
    return score;
  }
}

/**
 * Pads or folds `cells` to `width`. A row that opens with an empty cell keeps its left edge;
 * a short row that does not is placed where it fits the columns best (right on a tie, since
 * merged grouping cells are the usual cause). A row of the right width is returned as it is.
 */
export function alignRow(cells: string[], width: number, profile: ColumnProfile): string[] {
  if (cells.length === width) return cells;
  if (cells.length > width) {
    const row = cells.slice(0, width - 1);
    // Surplus cells are text the extractor split off the last column.
    let tail = "";
    for (let i = width - 1; i < cells.length; i++) {
      const c = cells[i] as string;
      if (c !== "") tail = tail === "" ? c : `${tail} ${c}`;
    }
    row.push(tail);
    return row;
  }
  const missing = width - cells.length;
  if (cells[0] === "") return padded(cells, 0, width);
  // Each cell's shape once, for both placements.
  const shapes = cells.map(shapeOf);
  const left = profile.fit(shapes, 0);
  const right = profile.fit(shapes, missing);
  if (left > right || (right === 0 && left === 0)) return padded(cells, 0, width);
  return padded(cells, missing, width);
}

/** `cells` placed at `offset` in a row of `width` cells, the others empty (one array, no spreads). */
function padded(cells: readonly string[], offset: number, width: number): string[] {
  // Made at its final size: the row is output, and a pushed array keeps spare slots the GC copies.
  const row = new Array<string>(Math.max(width, offset + cells.length)).fill("");
  for (let i = 0; i < cells.length; i++) row[offset + i] = cells[i] as string;
  return row;
}
