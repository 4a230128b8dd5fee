/**
 * Locating tab-separated tables in a text. A table is a run of lines holding tabs; blank lines
 * (page breaks) and printed page numbers may sit between its rows, and it ends at the first
 * other line without a tab.
 */
import { isPageNumberLine } from "./clean-cell.ts";
import { isBlank, type SourceLine } from "./source-line.ts";

/** A table's region in the array of lines: `lines.slice(start, end)`, `end` exclusive. */
export interface TableRegion {
  start: number;
  end: number;
}

/** Tabbed lines a region needs: a header and at least one row. */
const MIN_TABBED_LINES = 2;

function isTabbed(text: string): boolean {
  return text.includes("\t") && !isBlank(text);
}

/** Finds the tab-separated table regions, in order; each starts and ends on a tabbed line. */
export function findTables(lines: readonly SourceLine[]): TableRegion[] {
  const regions: TableRegion[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isTabbed(lines[i]?.text ?? "")) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    let tabbed = 1;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const text = lines[j]?.text ?? "";
      if (isTabbed(text)) {
        tabbed++;
        end = j + 1;
      } else if (!isBlank(text) && !isPageNumberLine(text)) break;
    }
    if (tabbed >= MIN_TABBED_LINES) regions.push({ start, end });
    i = Math.max(end, j);
  }
  return regions;
}
