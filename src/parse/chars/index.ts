/**
 * Character lookups by UTF-16 code unit for the parser's hot scans. `CharSet` (an 8 KB bitmap)
 * answers membership for scans over every character of a text; `charTable` (a 64 KB byte table)
 * maps a line's first or last character to a small value in one load. `doubled` grows the typed
 * arrays the scans reuse from text to text.
 */
export { CharSet, codeAt, codeOf, doubled } from "./char-set.ts";
export { charTable } from "./char-table.ts";
