/**
 * The outline of a document: numbered headings (一、 （一） 1. （1） ①, 第X章 第X条) nested by
 * the official hierarchy, each with its title, the text that follows it, and the paragraphs it
 * owns (kept for task extraction). Levels follow the label's kind, so a level may be skipped.
 */
import type { Section } from "../../model/index.ts";
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
  paragraphs: Paragraph[];
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

const KIND_LEVEL: Record<Label["kind"], number> = { "cn-dun": 1, "cn-paren": 2, "num-dot": 3, "num-paren": 4, circled: 5, chapter: 1, section: 2, article: 2 };

/** Splits a heading paragraph into its title and the text after it. */
export function splitHeading(body: string): { title: string; rest: string } {
  const stop = body.indexOf("。");
  if (stop >= 0) return { title: dropClosingPunctuation(titleText(body.slice(0, stop))), rest: body.slice(stop + 1).trim() };
  return { title: dropClosingPunctuation(titleText(body)), rest: "" };
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

/** Builds the outline of paragraphs (tables are left in the text of the node they fall under). */
export function buildOutline(paragraphs: readonly Paragraph[]): Outline {
  const outline: Outline = { sections: [], nodes: [], preamble: [] };
  // Labels are read once: whether any is a chapter decides the levels of all the others.
  const labels = paragraphs.map((p) => (p.table ? null : labelOf(p)));
  const articled = { chapters: labels.some((l) => l?.kind === "chapter") };
  const stack: OutlineNode[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    const label = labels[i] ?? null;
    if (!label) {
      const top = stack[stack.length - 1];
      if (top) top.paragraphs.push(p);
      else outline.preamble.push(p);
      continue;
    }
    const body = p.text.slice(label.raw.length).trim();
    const { title, rest } = label.kind === "article" ? splitArticle(body) : splitHeading(body);
    let level = levelFor(label, articled, stack[stack.length - 1] ?? null);
    while (stack.length > 0 && (stack[stack.length - 1] as OutlineNode).section.level >= level) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    if (parent && level <= parent.section.level) level = parent.section.level + 1;
    const section: Section = { label: label.label, level, title, text: rest, children: [], line: p.start };
    const node: OutlineNode = { section, label, heading: p, rest, paragraphs: [], parent, children: [] };
    if (parent) {
      parent.section.children.push(section);
      parent.children.push(node);
    } else outline.sections.push(section);
    outline.nodes.push(node);
    stack.push(node);
  }
  for (const node of outline.nodes) node.section.text = joinTexts(node.rest, node.paragraphs);
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
    const [ending, count] = [...endings.entries()].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    if (count < 2 || count < siblings.length / 2) continue;
    const at = title.indexOf(ending);
    if (at < 4 || at > 40) continue;
    node.section.title = title.slice(0, at + ending.length);
    const tail = title.slice(at + ending.length);
    node.rest = node.rest ? `${tail}。${node.rest}` : tail;
    node.section.text = [tail, node.section.text].filter(Boolean).join("。");
  }
}
