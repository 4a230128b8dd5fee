/**
 * Where each document of an issue starts and ends. A 公文 starts with its title directly above
 * a line holding only its 发文字号; a chronicle starts with a `…大事记` heading; any 目录 entry
 * not found that way is looked up by its title. Each document runs to the next one's start.
 */
import type { TocEntry } from "../../model/index.ts";
import { cleanLine, DATE_LINE, DOC_NUMBER_LINE, isOrderTitle, matchKey, ORDER_NUMBER_LINE, readLabel, removeSpaces, SENTENCE_END } from "../text/index.ts";
import { isSpace } from "../../model/spaces.ts";
import { charTable } from "../chars/char-table.ts";

/** The extent of one document in the source, as 0-based line indexes. */
export interface DocumentBounds {
  /** First line of the title. */
  start: number;
  /** One past the last line of the title. */
  titleEnd: number;
  /** The line holding the 发文字号, or null. */
  numberLine: number | null;
  /** One past the document's last line. */
  end: number;
  /** Index of the matching 目录 entry, or null. */
  toc: number | null;
  chronicle: boolean;
}

const TITLE_WORDS = /(关于|决定|命令|公告|通告|通知|意见|办法|规定|方案|批复|通报|报告|函|纪要|大事记)/u;
const CHRONICLE = /大事记$/u;

// The last printed characters a start can clean to (号, 记) or hide behind (a marker's * or _).
const START_LAST = charTable("号记*_");

/**
 * Whether a line may clean to a document start. Cleaning only drops markers and outer spaces, so
 * a line whose last printed character is none of START_LAST cannot end with 号 or 记 once
 * cleaned: most lines are spared the cleaning.
 */
function mayStart(raw: string): boolean {
  let i = raw.length - 1;
  while (i >= 0 && isSpace(raw.charCodeAt(i))) i--;
  return i >= 0 && START_LAST[raw.charCodeAt(i)] === 1;
}

function prevNonBlank(lines: readonly string[], i: number, floor: number): number {
  for (let j = i - 1; j >= floor; j--) if (cleanLine(lines[j] ?? "") !== "") return j;
  return -1;
}

function canBeTitleLine(text: string): boolean {
  return text.length > 0 && text.length <= 120 && !SENTENCE_END.test(text) && !DATE_LINE.test(removeSpaces(text))
    && !text.includes("\t") && !readLabel(text) && !/^[（(]此件/u.test(text);
}

function titleRange(lines: readonly string[], numberLine: number, floor: number): [number, number] | null {
  const last = prevNonBlank(lines, numberLine, floor);
  if (last < 0 || !canBeTitleLine(cleanLine(lines[last] ?? ""))) return null;
  let first = last;
  // A long title wraps: take the line above too while the title so far lacks its subject.
  const above = prevNonBlank(lines, last, floor);
  if (above >= 0 && !/关于|决定|命令/u.test(cleanLine(lines[last] ?? "")) && canBeTitleLine(cleanLine(lines[above] ?? ""))
    && TITLE_WORDS.test(cleanLine(lines[above] ?? "") + cleanLine(lines[last] ?? ""))) first = above;
  return [first, last + 1];
}

/** `第3号` directly under an order's title (`XX人民政府令`). */
function isOrderNumberLine(lines: readonly string[], i: number, floor: number): boolean {
  if (!ORDER_NUMBER_LINE.test(removeSpaces(cleanLine(lines[i] ?? "")))) return false;
  const above = prevNonBlank(lines, i, floor);
  return above >= 0 && isOrderTitle(cleanLine(lines[above] ?? ""));
}

/** Finds every document in lines `from`..`to` (0-based), matching them with the 目录. */
export function findDocuments(lines: readonly string[], from: number, to: number, toc: readonly TocEntry[]): DocumentBounds[] {
  const found: DocumentBounds[] = [];
  const taken = new Set<number>();
  for (let i = from; i < to; i++) {
    const raw = lines[i] ?? "";
    if (!mayStart(raw)) continue;
    const text = cleanLine(raw);
    // Both kinds of start are short lines; a cheap look at the ending spares the patterns for prose.
    if (text === "" || text.length > 60) continue;
    const numbered = text.endsWith("号") && (DOC_NUMBER_LINE.test(removeSpaces(text)) || isOrderNumberLine(lines, i, from));
    if (numbered) {
      const range = titleRange(lines, i, Math.max(from, found.at(-1)?.numberLine ?? from));
      if (range && !taken.has(range[0])) {
        found.push({ start: range[0], titleEnd: range[1], numberLine: i, end: to, toc: null, chronicle: false });
        taken.add(range[0]);
      }
    } else if (text.length <= 40 && text.endsWith("记") && CHRONICLE.test(removeSpaces(text)) && !SENTENCE_END.test(text)) {
      found.push({ start: i, titleEnd: i + 1, numberLine: null, end: to, toc: null, chronicle: true });
      taken.add(i);
    }
  }
  matchToc(lines, from, to, toc, found, taken);
  found.sort((a, b) => a.start - b.start);
  for (let k = 0; k < found.length; k++) {
    const doc = found[k] as DocumentBounds;
    doc.end = k + 1 < found.length ? (found[k + 1] as DocumentBounds).start : to;
    while (doc.end > doc.titleEnd && cleanLine(lines[doc.end - 1] ?? "") === "") doc.end--;
  }
  return found;
}

const titleKeys = new WeakMap<DocumentBounds, string>();
function titleKeyAt(lines: readonly string[], doc: DocumentBounds): string {
  let key = titleKeys.get(doc);
  if (key === undefined) {
    key = matchKey(lines.slice(doc.start, doc.titleEnd).join(""));
    titleKeys.set(doc, key);
  }
  return key;
}

/** Pairs 目录 entries with found documents by title or number; looks up the rest by title. */
function matchToc(lines: readonly string[], from: number, to: number, toc: readonly TocEntry[], found: DocumentBounds[], taken: Set<number>): void {
  toc.forEach((entry, index) => {
    const key = matchKey(entry.title);
    const numberKey = entry.docNumber ? matchKey(entry.docNumber) : null;
    let hit = found.find((d) => d.toc === null && titleKeyAt(lines, d) === key);
    hit ??= found.find((d) => d.toc === null && numberKey !== null && d.numberLine !== null && matchKey(lines[d.numberLine] ?? "") === numberKey);
    hit ??= found.find((d) => d.toc === null && d.chronicle && CHRONICLE.test(key));
    if (hit) { hit.toc = index; return; }
    for (let i = from; i < to; i++) {
      // Titles are short lines; matching keys of long prose lines is wasted work.
      if (taken.has(i) || (lines[i] ?? "").length > key.length * 2 + 20) continue;
      const lineKey = matchKey(lines[i] ?? "");
      if (lineKey.length >= 6 && (lineKey === key || (key.startsWith(lineKey) && lineKey.length >= key.length * 0.6))) {
        found.push({ start: i, titleEnd: i + 1, numberLine: null, end: to, toc: index, chronicle: CHRONICLE.test(key) });
        taken.add(i);
        return;
      }
    }
  });
}
