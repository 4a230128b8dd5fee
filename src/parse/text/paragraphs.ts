/**
 * Rebuilds logical paragraphs from extracted lines. PDF extraction breaks a paragraph wherever a
 * page ends (`社\n\n会主义思想`), so a paragraph continues onto the next line when it is visibly
 * unfinished and the next line does not start a new structure (a heading, a unit block, a date).
 * Every paragraph keeps the source lines it came from.
 */
import { cleanLine } from "./normalize.ts";
import { blockKeyOf, blockValueStart } from "./block-key.ts";
import { DATE_LINE, DOC_NUMBER_LINE, readLabel, type Label } from "./patterns.ts";
import { hasOrgSuffix } from "./org-shape.ts";
import { charTable } from "../chars/char-table.ts";

/** A logical paragraph: cleaned text and the 1-based source lines it spans. */
export interface Paragraph {
  text: string;
  start: number;
  end: number;
  /** A tab-separated table row, kept as printed (never joined). */
  table: boolean;
  /**
   * The outline label the text opens with, as read while the paragraph was built; undefined when
   * not read or when a join changed the text since (see `labelOf`).
   */
  label?: Label | null | undefined;
}

/** The outline label a paragraph opens with: the one read while building it, else read now. */
export function labelOf(p: Paragraph): Label | null {
  return p.label !== undefined ? p.label : readLabel(p.text);
}

// What starts a structure besides a unit block, by the characters each pattern can start with (a
// date's digits, 附, 同 …): a line is tried only against the patterns its first character can
// open, found by a table of char codes (charAt of a CJK character allocates a string; a Set hashes).
const STRUCTURE_STARTS: readonly (readonly [string, RegExp])[] = [
  ["0123456789一二三四五六七八九十〇○零", DATE_LINE],
  ["附", /^附\s*件/u],
  ["同", /^(同日|同月)[，,]/u],
  ["0123456789", /^\d{1,2}\s*月\s*\d{1,2}\s*日/u],
  ["（(", /^[（(]此件/u],
  ["—", /^——/u],
  ["【〖", /^[【〖]/u],
];
const STRUCTURE_GROUPS: RegExp[][] = [[]];
const STRUCTURE_FIRST = new Uint8Array(0x10000);
for (const [chars, re] of STRUCTURE_STARTS) {
  for (const ch of chars) {
    const code = ch.charCodeAt(0);
    if (STRUCTURE_FIRST[code] === 0) STRUCTURE_FIRST[code] = STRUCTURE_GROUPS.push([]) - 1;
    const group = STRUCTURE_GROUPS[STRUCTURE_FIRST[code] ?? 0];
    if (group && !group.includes(re)) group.push(re);
  }
}

/** Whether a pattern of STRUCTURE_STARTS matches: only those the first character can open are tried. */
function opensStructure(text: string): boolean {
  const group = STRUCTURE_FIRST[text.charCodeAt(0)];
  if (group === undefined || group === 0) return false;
  for (const re of STRUCTURE_GROUPS[group] ?? []) if (re.test(text)) return true;
  return false;
}

const TITLE_WORDS = ["通知", "决定", "方案", "意见", "办法", "规定", "通报", "公告", "通告", "大事记", "制度", "名单", "计划表", "细则", "规划", "要点", "决议", "批复", "报告", "函"];
const TITLE_END = new RegExp(`(${TITLE_WORDS.join("|")})$`, "u");
const TITLE_LAST = charTable(TITLE_WORDS.map((w) => w.charAt(w.length - 1)));

/** True when a line begins a new structural element and so never continues a paragraph; `label` is its label, when read already. */
export function startsStructure(text: string, label: Label | null = readLabel(text)): boolean {
  if (label) return true;
  if (isUnitBlock(text) || opensStructure(text)) return true;
  // A 发文字号 starts with any agency name, but always ends with 号.
  if (text.endsWith("号") && DOC_NUMBER_LINE.test(text)) return true;
  return text.length < 60 && endsTitle(text) && !/[。；]/u.test(text);
}

/** TITLE_END, tried only on lines whose last character can end a title word. */
function endsTitle(text: string): boolean {
  return TITLE_LAST[text.charCodeAt(text.length - 1)] === 1 && TITLE_END.test(text);
}

const OPEN_MARKS = charTable("、，,和及与");
/** Whether a line ends open (`、` `，` `和` …): the list or sentence goes on. */
const endsOpen = (text: string): boolean => OPEN_MARKS[text.charCodeAt(text.length - 1)] === 1;
// Sentence punctuation inside a line shows it is prose; `、` alone only lists names.
const INNER_PUNCT = /[。；：:;，,！？]/u;
const SENTENCE_PUNCT = /[。；;！？!?]/u;
const SENTENCE_END_ONLY = /[。；;]$/u;
/** Characters of a full printed line: shorter lines were not cut by the page width. */
const WRAP_WIDTH = 24;

function isUnitBlock(text: string): boolean {
  return blockKeyOf(text) !== null;
}

const FU = "附".charCodeAt(0);
const UNIT_SEPARATORS = charTable("、，,；;");

/** The last item of a unit block's list, to see whether a page break cut it. */
function lastUnit(text: string): string {
  // What follows the last separator, read from the end: no list split off for one item. The key
  // and colon hold no separator, so the item never starts before the key's end.
  let at = text.length;
  while (at > 0 && UNIT_SEPARATORS[text.charCodeAt(at - 1)] !== 1) at--;
  const key = blockKeyOf(text);
  return text.slice(Math.max(at, key ? blockValueStart(text, key) : 0)).trim();
}

const CLOSING_MARKS = charTable("。！？；：:;!?…");

function endsClosed(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (CLOSING_MARKS[last] === 1) return true;
  if (last !== 0xff09 && last !== 0x29) return false; // `）` or `)`
  // A closing bracket ends a paragraph when it closes a real parenthetical (`（责任单位：…）`), not
  // a one-character gloss inside a word (`街道（镇）` broken at a page end).
  const paren = /[（(]([^（()）]*)[）)]$/u.exec(text);
  return paren !== null && (paren[1] ?? "").length > 3;
}

/** A title's own parenthetical on the next line: `…行动方案` / `（2021—2023年）`. */
const TITLE_GLOSS = /^[（(][^（）()。；，]{1,20}[）)]$/u;
const GLOSS_OPEN = charTable("（(");

function shouldJoin(paragraph: Paragraph, next: string, nextLabel: Label | null): boolean {
  const current = paragraph.text;
  if (GLOSS_OPEN[next.charCodeAt(0)] === 1 && TITLE_GLOSS.test(next) && !/^[（(]此件/u.test(next) && !SENTENCE_PUNCT.test(current) && endsTitle(current)) return true;
  if (startsStructure(next, nextLabel)) return false;
  if (isUnitBlock(current)) {
    if (endsOpen(current)) return true;
    const last = lastUnit(current);
    if (last !== "" && !hasOrgSuffix(last)) return true;
    return next.length < 80 && !/[。；：:]/u.test(next) && (next.includes("、") || hasOrgSuffix(next));
  }
  if (endsClosed(current)) return false;
  if (current.charCodeAt(0) === FU && /^附\s*件/u.test(current)) return false;
  if (endsOpen(current)) return true;
  // Lines of a roster or a field list (`组长：何秉海 区人民政府副区长`) are short and hold no
  // sentence; a page break inside prose leaves a sentence to finish.
  if (!SENTENCE_PUNCT.test(current) && next.length <= 24 && !SENTENCE_PUNCT.test(next)) return false;
  const label = labelOf(paragraph);
  const body = label ? current.slice(label.raw.length) : current;
  // A numbered clause cut by the line width (`（二）…，及时消除` / `事故隐患；`) is a full-width line
  // of prose; its rest is a short line closing the clause.
  if (label && /[，,]/u.test(body) && current.length >= WRAP_WIDTH && next.length < WRAP_WIDTH && SENTENCE_END_ONLY.test(next) && !INNER_PUNCT.test(next.slice(0, -1))) return true;
  // A standalone heading (`一、加强组织领导，健全机制`) has no sentence in it; a paragraph does.
  if (label && !/[。；：:]/u.test(body)) return false;
  return INNER_PUNCT.test(body);
}

/** Drops a character sequence a page break printed twice (`市市\n\n市场…` → `市市场…`). */
function joinUnits(current: string, next: string): string {
  for (let k = Math.min(3, next.length); k >= 1; k--) {
    const head = next.slice(0, k);
    if (current.endsWith(head) && !/[、，,]/u.test(head)) return current + next.slice(k);
  }
  return current + next;
}

const TAB_OR_MARKER = /\t|\*\*|__/u;

/** Groups lines into logical paragraphs, repairing page-break splits. */
export function buildParagraphs(lines: readonly string[], from = 0, to = lines.length): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (let i = from; i < to; i++) {
    const raw = lines[i] ?? "";
    // Every other line of extracted text is empty: skipped before any call (a regex costs ~40 ns to enter).
    if (raw.length === 0) continue;
    // One scan for what needs a closer look (a table row's tab, a marker cleanLine drops): most
    // lines hold neither and are only trimmed.
    const plain = !TAB_OR_MARKER.test(raw);
    if (!plain && raw.includes("\t")) {
      if (current) out.push(current);
      current = null;
      // trimEnd drops exactly what `\s+$` would, without trying the pattern after every tab.
      if (raw.trim() !== "") out.push({ text: raw.trimEnd(), start: i + 1, end: i + 1, table: true, label: undefined });
      continue;
    }
    const text = plain ? raw.trim() : cleanLine(raw);
    if (text === "") continue;
    // Read once here: the join decision needs it, and so does the outline of the paragraph it opens.
    const label = readLabel(text);
    if (current && shouldJoin(current, text, label)) {
      current.text = isUnitBlock(current.text) ? joinUnits(current.text, text) : current.text + text;
      current.end = i + 1;
      // The joined text may read differently (`1` + `.…`): its label is read again when asked.
      current.label = undefined;
      continue;
    }
    if (current) out.push(current);
    current = { text, start: i + 1, end: i + 1, table: false, label };
  }
  if (current) out.push(current);
  return out;
}
