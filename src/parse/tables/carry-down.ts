/**
 * Filling the cells a printed table merged vertically. Two kinds are carried: leading cells left
 * empty by a continuation row (the grouping columns), and blanks in a description-like column
 * below a filled cell (a shared 备注 or 事迹). Any other blank is a real blank and stays "".
 */

/** Mean length of a column's filled cells from which it counts as description-like. */
const DESCRIPTION_MIN_LENGTH = 20;

/** Header words that mark a note or description column whatever its cell lengths. */
const DESCRIPTION_HINT = /备注|说明|事迹|描述|简介|情况/u;

/** True for column `column` of `rows` if its merged blanks share the text above: long text or a note header. */
export function isDescriptionColumn(header: string, rows: readonly (readonly string[])[], column: number): boolean {
  if (DESCRIPTION_HINT.test(header)) return true;
  let filled = 0;
  let chars = 0;
  for (const row of rows) {
    const cell = row[column] ?? "";
    if (cell === "") continue;
    filled++;
    chars += cell.length;
  }
  return filled > 0 && chars / filled >= DESCRIPTION_MIN_LENGTH;
}

/** Carries merged cells down in place; `rows` must all have `columns.length` cells. */
export function carryDown(columns: readonly string[], rows: string[][]): void {
  const description: boolean[] = [];
  for (let c = 0; c < columns.length; c++) description.push(c > 0 && isDescriptionColumn(columns[c] as string, rows, c));
  let previous: string[] | null = null;
  for (const row of rows) {
    if (previous) {
      let filledAt = 0;
      while (filledAt < row.length && row[filledAt] === "") filledAt++;
      if (filledAt === row.length) continue;
      for (let c = 0; c < filledAt; c++) row[c] = previous[c] ?? "";
      for (let c = Math.max(filledAt, 1); c < row.length; c++) {
        if (row[c] === "" && description[c]) row[c] = previous[c] ?? "";
      }
    }
    previous = row;
  }
}
