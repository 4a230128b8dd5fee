import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Table } from "../../model/issue.ts";
import { findTables } from "./find-tables.ts";
import { parseTable } from "./parse-table.ts";
import type { SourceLine } from "./source-line.ts";

const text = readFileSync(new URL("../../../samples/dawukou-2021-03.txt", import.meta.url), "utf8");
const gold = JSON.parse(readFileSync(new URL("../../../samples/gold/dawukou-2021-03.json", import.meta.url), "utf8")) as {
  documents: { attachments: { tables: Table[] }[] }[];
};
const lines: SourceLine[] = text.split("\n").map((t, i) => ({ line: i + 1, text: t }));
const goldTables = gold.documents.flatMap((d) => d.attachments.flatMap((a) => a.tables));

describe("tables of the dawukou 2021-03 sample", () => {
  const regions = findTables(lines);
  const tables = regions.map((r) => parseTable(lines.slice(r.start, r.end)));

  it("finds the three table regions", () => {
    expect(regions.map((r) => [lines[r.start]?.line, lines[r.end - 1]?.line])).toEqual([
      [318, 331],
      [855, 884],
      [908, 912],
    ]);
    expect(goldTables).toHaveLength(3);
  });

  it.each([0, 1, 2])("table %i matches the gold columns and every row", (i) => {
    const got = tables[i];
    const want = goldTables[i];
    expect(got?.columns).toEqual(want?.columns);
    expect(got?.rows).toEqual(want?.rows);
  });

  it("records spans and the source line of each row", () => {
    expect(tables.map((t) => t.span)).toEqual([
      { startLine: 318, endLine: 331 },
      { startLine: 855, endLine: 884 },
      { startLine: 908, endLine: 912 },
    ]);
    expect(tables[0]?.rowLines).toEqual([319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331]);
    expect(tables[1]?.rows).toHaveLength(21);
    expect(tables[1]?.rowLines?.slice(0, 7)).toEqual([856, 857, 858, 859, 860, 863, 864]);
    expect(tables[1]?.rowLines?.at(-1)).toBe(884);
    expect(tables[2]?.rowLines).toEqual([909, 910, 911, 912]);
  });

  it("matches the gold rows when trailing tabs were trimmed from every line", () => {
    const trimmed = lines.map((l) => ({ line: l.line, text: l.text.trimEnd() }));
    const again = findTables(trimmed).map((r) => parseTable(trimmed.slice(r.start, r.end)));
    expect(again.map((t) => t.rows)).toEqual(goldTables.map((t) => t.rows));
  });

  it("keeps a blank that opens no continuation (沟口街道 has no 行政村)", () => {
    expect(tables[0]?.rows[12]?.slice(0, 3)).toEqual(["沟口街道", "", "丁惠军"]);
  });
});
