/**
 * Fitting a printed row to the table's width. PDF extraction drops the empty cells of a row
 * whose leading cells were merged with the row above, and sometimes the trailing ones; which
 * side is missing is decided by how well each placement matches the columns seen so far.
 */

/** The rough shape of a cell, used to compare a cell with a column's earlier cells. */
type Shape = "empty" | "serial" | "date" | "short" | "medium" | "long";

function shapeOf(cell: string): Shape {
  if (cell === "") return "empty";
  if (/^\d{1,4}[.、]?$/u.test(cell)) return "serial";
  if (/^\d{4}[.\-/年]/u.test(cell)) return "date";
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
    if (this.counts.length < this.width) this.counts = Array.from({ length: this.width }, () => new Map<Shape, number>());
    for (; this.counted < this.rows.length; this.counted++) {
      this.rows[this.counted]?.forEach((cell, i) => {
        const m = this.counts[i];
        if (!m) return;
        const s = shapeOf(cell);
        m.set(s, (m.get(s) ?? 0) + 1);
      });
    }
  }

  /** How typical `cells` are for the columns starting at `offset` (0 … cells.length). */
  fit(cells: readonly string[], offset: number): number {
    this.catchUp();
    if (this.counted === 0) return 0;
    let score = 0;
    cells.forEach((cell, i) => {
      if (cell === "") return;
      score += (this.counts[offset + i]?.get(shapeOf(cell)) ?? 0) / this.counted;
    });
    return score;
  }
}

/**
 * Pads or folds `cells` to `width`. A row that opens with an empty cell keeps its left edge;
 * a short row that does not is placed where it fits the columns best (right on a tie, since
 * merged grouping cells are the usual cause).
 */
export function alignRow(cells: readonly string[], width: number, profile: ColumnProfile): string[] {
  if (cells.length === width) return [...cells];
  if (cells.length > width) {
    const head = cells.slice(0, width - 1);
    // Surplus cells are text the extractor split off the last column.
    const tail = cells.slice(width - 1).filter((c) => c !== "");
    return [...head, tail.join(" ")];
  }
  const missing = width - cells.length;
  const pad = (): string[] => Array.from({ length: missing }, () => "");
  if (cells[0] === "" || profile.fit(cells, 0) > profile.fit(cells, missing)) return [...cells, ...pad()];
  if (profile.fit(cells, missing) === 0 && profile.fit(cells, 0) === 0) return [...cells, ...pad()];
  return [...pad(), ...cells];
}
