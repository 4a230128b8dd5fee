/** A document's outline: the nested sections as headings and paragraphs, and a table of contents for them. */
import type { Section } from "../../model/index.ts";
import { html, raw, type SafeHtml } from "./html.ts";

/** An entry of a page's own table of contents. */
export interface OutlineEntry {
  id: string;
  label: string;
  children: OutlineEntry[];
}

/** Text as paragraphs, one per source line. */
export function paragraphs(text: string | undefined): SafeHtml {
  const lines = (text ?? "").split(/\n+/u).map((l) => l.trim()).filter((l) => l !== "");
  return html`${lines.map((line) => html`<p>${line}</p>`)}`;
}

function heading(depth: number, id: string, content: SafeHtml): SafeHtml {
  // Headings follow nesting depth, not the numbering level, so they never skip a rank.
  const tag = raw(`h${Math.max(2, Math.min(6, depth))}`);
  return html`<${tag} id="${id}">${content}</${tag}>`;
}

/** Sections under a heading of rank `depth - 1`; ids are `prefix-1-2…` by position. */
export function sectionsView(sections: Section[], prefix: string, depth = 3): SafeHtml {
  return html`${sections.map((s, i) => {
    const id = `${prefix}-${i + 1}`;
    return html`<section class="section" style="--level:${s.level}">
${heading(depth, id, html`<span class="label">${s.label}</span>${s.title}`)}
${paragraphs(s.text)}
${sectionsView(s.children, id, depth + 1)}
</section>`;
  })}`;
}

/** Outline entries for sections rendered by {@link sectionsView} with the same prefix (two levels deep). */
export function sectionOutline(sections: Section[], prefix: string, depth = 2): OutlineEntry[] {
  return sections.map((s, i) => ({
    id: `${prefix}-${i + 1}`,
    label: `${s.label}${s.title}`,
    children: depth > 1 ? sectionOutline(s.children, `${prefix}-${i + 1}`, depth - 1) : [],
  }));
}

/** The page's table of contents. */
export function outlineNav(entries: OutlineEntry[]): SafeHtml {
  if (entries.length === 0) return html``;
  const list = (items: OutlineEntry[]): SafeHtml =>
    html`<ol>${items.map((e) => html`<li><a href="#${e.id}">${e.label}</a>${e.children.length > 0 ? list(e.children) : ""}</li>`)}</ol>`;
  return html`<nav class="outline" aria-labelledby="outline-h"><h2 id="outline-h">本文目录</h2>${list(entries)}</nav>`;
}
