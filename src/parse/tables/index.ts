/** Printed tables: locating them in the text and reading them into `Table`s with merged cells carried down. */
export { parseTable } from "./parse-table.ts";
export { findTables } from "./find-tables.ts";
export type { TableRegion } from "./find-tables.ts";
export { parseFlatTable } from "./parse-flat-table.ts";
export { detectFlatHeader, columnWord } from "./detect-flat-header.ts";
export type { FlatHeader } from "./detect-flat-header.ts";
export { cleanCell, splitCells } from "./clean-cell.ts";
export { carryDown, isDescriptionColumn } from "./carry-down.ts";
export type { SourceLine } from "./source-line.ts";
