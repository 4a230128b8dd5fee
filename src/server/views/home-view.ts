/** The home page: the latest issue's masthead and 目录, recent documents and a search box. */
import type { DocumentSummary, StoredIssue } from "../../store/index.ts";
import { html, type SafeHtml } from "./html.ts";
import { formatDate } from "./format.ts";
import { masthead, tocView, type TocLink } from "./issue-view.ts";
import { searchForm } from "./layout.ts";
import { documentLink, paths } from "../urls.ts";

/** A list of documents with numbers and dates. */
export function documentList(docs: DocumentSummary[]): SafeHtml {
  return html`<ul class="list">${docs.map((d) => html`<li>
<span><a href="${documentLink(d)}">${d.title ?? d.category ?? "（无标题）"}</a>${d.docNumber ? html`<br><span class="num">${d.docNumber}</span>` : ""}</span>
<span class="muted">${formatDate(d.date)}</span></li>`)}</ul>`;
}

/** The home page body. */
export function homePage(latest: StoredIssue | null, links: TocLink[], recent: DocumentSummary[]): SafeHtml {
  if (!latest) return html`<h1>政府公报</h1><p>尚未导入任何期刊。</p>`;
  const { issue } = latest;
  return html`<h1 class="visually-hidden">${issue.publication.name ?? "政府公报"}</h1>
${searchForm(undefined, "home-q")}
<section aria-labelledby="latest"><h2 id="latest">最新一期</h2>
${masthead(issue, 3)}
<p><a href="${paths.issue(issue.year ?? 0, issue.number ?? 0)}">阅读本期</a></p>
${tocView(links, 3)}</section>
<section aria-labelledby="recent"><h2 id="recent">最新文件</h2>${documentList(recent)}
<p><a href="${paths.documents()}">全部文件</a> · <a href="${paths.documentsFeed()}">订阅（Atom）</a></p></section>`;
}
