/** A document page: its particulars, its own table of contents, the body, attachments, tasks or timeline. */
import type { Document } from "../../model/index.ts";
import type { StoredDocument } from "../../store/index.ts";
import { html, join, type SafeHtml } from "./html.ts";
import { formatDate, issueNo } from "./format.ts";
import { outlineNav, paragraphs, sectionOutline, sectionsView, type OutlineEntry } from "./sections-view.ts";
import { glossaryView, tableView } from "./table-view.ts";
import { tasksTable, type TaskRow, type UnitLink } from "./tasks-view.ts";
import { timeline } from "./chronicle-view.ts";

/** What the document page shows. */
export interface DocumentPageModel {
  stored: StoredDocument;
  /** The document to show (personal data already hidden as configured). */
  document: Document;
  issuers: UnitLink[];
  tasks: TaskRow[];
  issueHref: string | null;
  /** Where the current version is, when this one has been replaced. */
  newerHref: string | null;
}

function outline(doc: Document): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  if (doc.sections.length > 0) entries.push({ id: "body", label: "正文", children: sectionOutline(doc.sections, "s", 1) });
  doc.enclosures.forEach((e, i) => entries.push({ id: `e${i + 1}`, label: e.title, children: sectionOutline(e.sections, `e${i + 1}`, 1) }));
  doc.attachments.forEach((a, i) => entries.push({ id: `a${i + 1}`, label: `${a.label}　${a.title}`, children: [] }));
  if (doc.glossary.length > 0) entries.push({ id: "glossary", label: "名词解释", children: [] });
  if (doc.tasks.length > 0) entries.push({ id: "tasks", label: "任务分工", children: [] });
  if (doc.events.length > 0) entries.push({ id: "events", label: "大事记", children: [] });
  return entries;
}

function particulars(m: DocumentPageModel): SafeHtml {
  const { stored, document: doc } = m;
  const rows: Array<[string, SafeHtml | string]> = [];
  if (doc.docNumber) rows.push(["发文字号", doc.docNumber]);
  if (m.issuers.length > 0) rows.push(["发文机关", join(m.issuers, (u) => (u.href ? html`<a href="${u.href}">${u.name}</a>` : u.name), "　")]);
  if (doc.date) rows.push(["成文日期", html`<time datetime="${doc.date}">${formatDate(doc.date)}</time>`]);
  if (doc.recipients.length > 0) rows.push(["主送", doc.recipients.join("、")]);
  if (doc.genre) rows.push(["文种", doc.genre]);
  if (doc.category) rows.push(["栏目", doc.category]);
  if (doc.publicity) rows.push(["公开方式", doc.publicity]);
  if (doc.period) rows.push(["时段", doc.period.text]);
  const issue = `${stored.issueYear ?? ""}年${issueNo(stored.issueNumber)}`;
  rows.push(["刊载", m.issueHref ? html`<a href="${m.issueHref}">${issue}</a>` : issue]);
  return html`<dl class="meta">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

function attachments(doc: Document): SafeHtml {
  return html`${doc.attachments.map((a, i) => html`<section aria-labelledby="a${i + 1}">
<h2 id="a${i + 1}">${a.label}　${a.title}</h2>
${paragraphs(a.text)}
${sectionsView(a.sections ?? [], `a${i + 1}s`)}
${a.tables.map((t, k) => tableView(t, a.tables.length > 1 ? `${a.title}（表${k + 1}）` : a.title))}
</section>`)}`;
}

/** The body of the document page. */
export function documentPage(m: DocumentPageModel): SafeHtml {
  const doc = m.document;
  const title = doc.title ?? doc.category ?? "（无标题）";
  return html`<article>
${m.newerHref ? html`<p class="notice" role="note">本文出自已被更正的旧版期刊。<a href="${m.newerHref}">查看现行版本</a>。</p>` : ""}
<h1>${title}</h1>
${particulars(m)}
${outlineNav(outline(doc))}
${doc.text || doc.sections.length > 0 ? html`<section aria-labelledby="body"><h2 id="body">正文</h2>${paragraphs(doc.text)}${sectionsView(doc.sections, "s")}</section>` : ""}
${doc.enclosures.map((e, i) => html`<section aria-labelledby="e${i + 1}"><h2 id="e${i + 1}">${e.title}</h2>${paragraphs(e.text)}${sectionsView(e.sections, `e${i + 1}`)}</section>`)}
${attachments(doc)}
${doc.glossary.length > 0 ? html`<section aria-labelledby="glossary"><h2 id="glossary">名词解释</h2>${glossaryView(doc.glossary)}</section>` : ""}
${m.tasks.length > 0 ? html`<section aria-labelledby="tasks"><h2 id="tasks">任务分工</h2>${tasksTable(m.tasks, `${title}的任务分工`)}</section>` : ""}
${doc.events.length > 0 ? html`<section aria-labelledby="events"><h2 id="events">大事记</h2>${timeline(doc.events, title)}</section>` : ""}
</article>`;
}
