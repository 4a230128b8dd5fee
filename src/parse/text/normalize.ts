/**
 * Normalisation for matching, and the few repairs applied to printed text. Printed text is kept
 * as printed; only these explicit, selective folds are applied (never NFKC on the whole text:
 * it would turn `（` into `(` and `①` into `1` and destroy the outline).
 */

import { isSpace } from "../../model/spaces.ts";
import { charTable } from "../chars/char-table.ts";

const MARKDOWN = /\*\*|__/gu;
const HAS_MARKDOWN = /\*\*|__/u;
/** Removes markdown bold markers left by some PDF-to-text converters. */
export function stripMarkdown(text: string): string {
  // Most lines hold no marker: skip the replace (and its copy) for them; one scan for both markers.
  return HAS_MARKDOWN.test(text) ? text.replace(MARKDOWN, "") : text;
}

const HALF_TO_FULL: Record<string, string> = { ",": "，", "(": "（", ")": "）", ":": "：", ";": "；", "?": "？", "!": "！" };
const HALF_WIDTH = /[,():;?!]/u;
const HALF_WIDTHS = /[,():;?!]/gu;
/** Turns half-width punctuation inside Chinese text into its full-width form (for titles and names). */
export function toFullWidthPunctuation(text: string): string {
  // Printed Chinese titles rarely hold any: a test spares the callback replace (and its copy).
  return HALF_WIDTH.test(text) ? text.replace(HALF_WIDTHS, (ch) => HALF_TO_FULL[ch] ?? ch) : text;
}

const SPACE = /[\s\u3000]/u;
/** Removes every space (ASCII, ideographic, tab): line-break artefacts inside titles and names. */
export function removeSpaces(text: string): string {
  return SPACE.test(text) ? text.replace(/[\s\u3000]+/gu, "") : text;
}

/** A matching key: NFKC-folded, without spaces and markdown, full/half width unified. */
export function matchKey(text: string): string {
  return stripMarkdown(text).normalize("NFKC").replace(/[\s\u3000]+/gu, "").replace(/[〔［[【]/gu, "(").replace(/[〕］\]】]/gu, ")");
}

/** Cleans one printed line for structure detection: markdown removed, outer whitespace trimmed. */
export function cleanLine(text: string): string {
  // String#trim removes U+3000 and U+FEFF too, and returns the same string when there is nothing to trim.
  return stripMarkdown(text).trim();
}

// Anything one of titleText's three folds acts on: a marker, a space, a half-width mark.
const TITLE_FOLDABLE = /\*\*|__|[\s,():;?!]/u;

/** Title form of printed text: spaces from line breaks removed, half-width punctuation made full-width. */
export function titleText(text: string): string {
  // Most headings need none of the folds: one scan instead of each fold's own.
  return TITLE_FOLDABLE.test(text) ? toFullWidthPunctuation(removeSpaces(stripMarkdown(text))) : text;
}

const CLOSING_PUNCTUATION = charTable("。；：，、.;:,");

/** Closing punctuation a heading or title drops. */
export function dropClosingPunctuation(text: string): string {
  // `[。；：，、.;:,\s]+$` read backwards from the end: a regex would try it from every character.
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (CLOSING_PUNCTUATION[c] !== 1 && !isSpace(c)) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}
