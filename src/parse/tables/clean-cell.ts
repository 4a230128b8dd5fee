/**
 * Repairing the text of one table cell as pdftotext leaves it: stray spaces around digits and
 * inside padded two-character names are layout, not content; everything else is kept as printed.
 */

import { isSpace } from "../../model/spaces.ts";

// Whitespace other than single plain spaces: only such cells pay for the collapsing regex.
const ODD_WHITESPACE = /[^\S ]| {2}/u;
const WHITESPACE_RUN = /\s+/gu;
const SPACE = /\s/u;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

// CJK characters and full-width signs: the neighbours across which a digit's space is layout.
const isWide = (code: number): boolean => code >= 0x2e80 && code <= 0xffff;

// Han ideographs, including 〇 and 々, as printed in names (astral extensions left out).
const isHan = (code: number): boolean =>
  (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3007 || code === 0x3005;

/** Removes the single spaces for which `drop(i)` holds; a manual scan beats lookbehind regexes. */
function dropSpaces(text: string, drop: (i: number) => boolean): string {
  let out = "";
  let from = 0;
  for (let i = text.indexOf(" "); i !== -1; i = text.indexOf(" ", i + 1)) {
    if (!drop(i)) continue;
    out += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** `名校长 3 名` → `名校长3名`: a space between an ASCII digit and a CJK character or `%`. */
function foldDigitSpaces(text: string): string {
  return dropSpaces(text, (i) => {
    const a = text.charCodeAt(i - 1);
    const b = text.charCodeAt(i + 1);
    return (isDigit(a) && (isWide(b) || b === 0x25)) || (isWide(a) && isDigit(b));
  });
}

/** `田 斌、顾 铭` → `田斌、顾铭`: two lone Han characters around one space are a padded name. */
function closePaddedNames(text: string): string {
  let taken = -1;
  return dropSpaces(text, (i) => {
    const lone =
      i - 1 > taken &&
      isHan(text.charCodeAt(i - 1)) &&
      isHan(text.charCodeAt(i + 1)) &&
      !isHan(text.charCodeAt(i - 2)) &&
      !isHan(text.charCodeAt(i + 2));
    if (lone) taken = i + 1;
    return lone;
  });
}

/** Cleans one cell: trims, collapses spaces, folds spaces next to digits, closes padded names. */
export function cleanCell(raw: string): string {
  // trim is a runtime call: a cell with no space at either end is its own trimmed form.
  let text = isSpace(raw.charCodeAt(0)) || isSpace(raw.charCodeAt(raw.length - 1)) ? raw.trim() : raw;
  // Most cells hold no space at all: one scan, and none of the repairs below is tried.
  if (!SPACE.test(text)) return text;
  if (ODD_WHITESPACE.test(text)) text = text.replace(WHITESPACE_RUN, " ");
  if (!text.includes(" ")) return text;
  return closePaddedNames(foldDigitSpaces(text));
}

/** Splits a tab-separated line into cleaned cells. */
export function splitCells(text: string): string[] {
  // One pass of indexOf and slices (a split of a tab goes through the runtime, slower here), no
  // array of raw cells to map over.
  // array of raw cells to map over. Tabs are counted first so that the row, which is output, is
  // made at its final size (a pushed array keeps spare slots the GC copies).
  let count = 1;
  for (let tab = text.indexOf("\t"); tab !== -1; tab = text.indexOf("\t", tab + 1)) count++;
  const cells = new Array<string>(count);
  let from = 0;
  for (let k = 0; k < count - 1; k++) {
    const tab = text.indexOf("\t", from);
    cells[k] = cleanCell(text.slice(from, tab));
    from = tab + 1;
  }
  cells[count - 1] = cleanCell(from === 0 ? text : text.slice(from));
  return cells;
}

/** Drops trailing empty cells, which PDF extraction adds or loses at will (in place: the caller's array). */
export function trimTrailingEmpty(cells: string[]): string[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1] === "") n--;
  cells.length = n;
  return cells;
}

/** True for a line that is only a printed page number, such as `— 12 —` or `-3-`. */
export function isPageNumberLine(text: string): boolean {
  return /^[\s\-—–－]*\d{1,4}[\s\-—–－]*$/u.test(text) && /[-—–－]/u.test(text);
}
