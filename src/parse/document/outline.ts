/**
 * The outline of a document: numbered headings (一、 （一） 1. （1） ①, 第X章 第X条) nested by
 * the official hierarchy, each with its title, the text that follows it, and the paragraphs it
 * owns (kept for task extraction). Levels follow the label's kind, so a level may be skipped.
 */
import type { Section } from "../../model/index.ts";
import { isSpace } from "../../model/spaces.ts";
import { dropClosingPunctuation, labelOf, titleText, type Label, type Paragraph } from "../text/index.ts";

/** An outline node while parsing: the public section plus what task extraction needs. */
export interface OutlineNode {
  section: Section;
  label: Label;
  /** The heading paragraph. */
  heading: Paragraph;
  /** Text of the heading paragraph after the title (the measure's own sentences). */
  rest: string;
  /** Paragraphs under the heading, up to the next heading. */
  paragraphs: readonly Paragraph[];
  parent: OutlineNode | null;
  children: OutlineNode[];
}

/** The outline of a run of paragraphs. */
export interface Outline {
  sections: Section[];
  nodes: OutlineNode[];
  /** Paragraphs before the first heading. */
  preamble: Paragraph[];
}

// What a node holds until its paragraphs are known (shared: never written to).
const NO_PARAGRAPHS: readonly Paragraph[] = Object.freeze([]);

const KIND_LEVEL: Record<Label["kind"], number> = { "cn-dun": 1, "cn-paren": 2, "num-dot": 3, "num-paren": 4, circled: 5, chapter: 1, section: 2, article: 2 };

/** Splits a heading paragraph into its title and the text after it. */
export function splitHeading(body: string): { title: string; rest: string } {
  return { title: headingTitle(body, 0, body.length), rest: headingRest(body, 0, body.length) };
}

/** The title of the heading `text[from, end)`: up to its first `。`, folded, closing punctuation dropped. */
export function headingTitle(text: string, from: number, end: number): string {
  const stop = text.indexOf("。", from);
  return dropClosingPunctuation(titleText(text.slice(from, stop >= 0 && stop < end ? stop : end)));
}

/** The text of the heading `text[from, end)` after its first `。`, trimmed ("" without one). */
export function headingRest(text: string, from: number, end: number): string {
  const stop = text.indexOf("。", from);
  return stop >= 0 && stop < end ? text.slice(stop + 1, end).trim() : "";
}

function levelFor(label: Label, articled: { chapters: boolean }, parent: OutlineNode | null): number {
  if (label.kind === "article") return articled.chapters ? 2 : 1;
  if (label.kind === "chapter") return 1;
  // Inside an article every item sits one level below its article.
  const article = findAncestor(parent, isArticle);
  if (article) return Math.max(article.section.level + 1, parent && parent !== article ? parent.section.level + (KIND_LEVEL[label.kind] > KIND_LEVEL[parent.label.kind] ? 1 : 0) : 0);
  return KIND_LEVEL[label.kind];
}

const isArticle = (n: OutlineNode): boolean => n.label.kind === "article";

function findAncestor(node: OutlineNode | null, test: (n: OutlineNode) => boolean): OutlineNode | null {
  for (let n = node; n; n = n.parent) if (test(n)) return n;
  return null;
}

const DI = "第".charCodeAt(0);

/** Whether any paragraph is a chapter heading (第X章); only one opening with 第 can be. */
function hasChapters(paragraphs: readonly Paragraph[]): boolean {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    if (!p.table && p.text.charCodeAt(0) === DI && labelOf(p)?.kind === "chapter") return true;
  }
  return false;
}

/** Builds the outline of paragraphs (tables are left in the text of the node they fall under). */
export function buildOutline(paragraphs: readonly Paragraph[]): Outline {
  const outline: Outline = { sections: [], nodes: [], preamble: [] };
  // Whether any label is a chapter decides the levels of all the others.
  const articled = { chapters: hasChapters(paragraphs) };
  const stack: OutlineNode[] = [];
  // The paragraphs under a heading are those up to the next one: each node takes them as one
  // slice when the next heading (or the end) is reached, not one push at a time.
  let owner: OutlineNode | null = null;
  let from = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    const label = p.table ? null : labelOf(p);
    if (!label) continue;
    if (owner) owner.paragraphs = paragraphs.slice(from, i);
    else outline.preamble = paragraphs.slice(0, i);
    // The body after the label, trimmed, as a range of the text: no copy of it for a heading.
    const text = p.text;
    let start = label.raw.length;
    while (start < text.length && isSpace(text.charCodeAt(start))) start++;
    let end = text.length;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    const article = label.kind === "article" ? splitArticle(text.slice(start, end)) : null;
    const title = article ? article.title : headingTitle(text, start, end);
    const rest = article ? article.rest : headingRest(text, start, end);
    let level = levelFor(label, articled, stack[stack.length - 1] ?? null);
    while (stack.length > 0 && (stack[stack.length - 1] as OutlineNode).section.level >= level) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    if (parent && level <= parent.section.level) level = parent.section.level + 1;
    const section: Section = { label: label.label, level, title, text: rest, children: [], line: p.start };
    const node: OutlineNode = { section, label, heading: p, rest, paragraphs: NO_PARAGRAPHS, parent, children: [] };
    if (parent) {
      parent.section.children.push(section);
      parent.children.push(node);
    } else outline.sections.push(section);
    outline.nodes.push(node);
    stack.push(node);
    owner = node;
    from = i + 1;
  }
  if (owner) owner.paragraphs = paragraphs.slice(from);
  else outline.preamble = paragraphs.slice(0);
  for (const node of outline.nodes) {
    node.section.text = joinTexts(node.rest, node.paragraphs);
    // Kept at their final size: a pushed array holds 16 or more spare slots that the GC copies.
    if (node.section.children.length > 0) node.section.children = node.section.children.slice();
  }
  if (outline.sections.length > 0) outline.sections = outline.sections.slice();
  trimRunOnTitles(outline.nodes);
  return outline;
}

/** The non-empty texts of a node, one a line (a loop: no intermediate arrays per node). */
function joinTexts(rest: string, paragraphs: readonly Paragraph[]): string {
  let text = rest;
  for (const q of paragraphs) if (q.text !== "") text = text === "" ? q.text : `${text}\n${q.text}`;
  return text;
}

/** An article's title is its first sentence; its text the rest. */
function splitArticle(body: string): { title: string; rest: string } {
  const m = /^(.+?[。；])(.*)$/u.exec(body);
  if (!m) return { title: dropClosingPunctuation(titleText(body)), rest: "" };
  return { title: dropClosingPunctuation(titleText(m[1] ?? "")), rest: (m[2] ?? "").trim() };
}

/**
 * A heading printed without its full stop runs into its paragraph (`（九）…基金工程为鼓励社会力量办学，…`).
 * When its siblings are standalone headings sharing a final word (工程, 机制 …), cut it after that word.
 */
function trimRunOnTitles(nodes: readonly OutlineNode[]): void {
  for (const node of nodes) {
    const title = node.section.title;
    if (title.length < 30 || !/[，,]/u.test(title)) continue;
    const siblings = (node.parent ? node.parent.children : nodes.filter((n) => n.parent === null && n.label.kind === node.label.kind)).filter((n) => n !== node);
    const endings = new Map<string, number>();
    for (const s of siblings) {
      const t = s.section.title;
      if (t.length >= 2 && t.length <= 30) endings.set(t.slice(-2), (endings.get(t.slice(-2)) ?? 0) + 1);
    }
    // The most frequent ending, the first met among equals (what a stable sort's first would be).
    let ending = "";
    let count = 0;
    for (const [e, c] of endings) {
      if (c > count) [ending, count] = [e, c];
    }
    if (count < 2 || count < siblings.length / 2) continue;
    const at = title.indexOf(ending);
    if (at < 4 || at > 40) continue;
    node.section.title = title.slice(0, at + ending.length);
    const tail = title.slice(at + ending.length);
    node.rest = node.rest ? `${tail}。${node.rest}` : tail;
    node.section.text = [tail, node.section.text].filter(Boolean).join("。");
  }
}
