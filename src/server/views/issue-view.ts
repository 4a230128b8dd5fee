/** An issue laid out like its printed masthead, and its 目录 grouped by 【category】. */
import type { Issue, TocEntry } from "../../model/index.ts";
import type { IssueSummary, StoredIssue } from "../../store/index.ts";
import { html, join, type SafeHtml } from "./html.ts";
import { formatDate, issueNo } from "./format.ts";
import { paths } from "../urls.ts";

/** A 目录 entry with the link of the document it names (if found). */
export interface TocLink {
  entry: TocEntry;
  href: string | null;
}

/** The masthead block: name, 第N期, 总第N期, date and who edits it. */
export function masthead(issue: Issue, headingLevel: 1 | 3 = 1): SafeHtml {
  const p = issue.publication;
  const board = p.editorialBoard;
  const name = p.name ?? "政府公报";
  const rows: Array<[string, string[]]> = [
    ["主管", p.supervisor ? [p.supervisor] : []], ["主办", p.sponsor ? [p.sponsor] : []], ["编辑出版", p.publisher ? [p.publisher] : []],
    ["编委会主任", board.director], ["副主任", board.deputyDirectors], ["委员", board.members], ["主编", p.editorInChief], ["责任编辑", p.editors],
  ];
  const title = headingLevel === 1 ? html`<h1 class="name">${name}</h1>` : html`<h3 class="name">${name}</h3>`;
  return html`<section class="masthead" aria-label="刊头">
${title}
<p class="no">${issue.year ?? ""}年　${issueNo(issue.number)}${issue.cumulativeNumber !== null ? html`（总第${issue.cumulativeNumber}期）` : ""}</p>
${issue.date ? html`<p><time datetime="${issue.date}">${formatDate(issue.date)}</time>出版${p.frequency ? html`　${p.frequency}` : ""}</p>` : ""}
<dl>${rows.filter(([, v]) => v.length > 0).map(([k, v]) => html`<dt>${k}</dt><dd>${v.join("　")}</dd>`)}</dl>
</section>`;
}

/** The 目录, grouped under each 【category】 heading, with numbers and pages. */
export function tocView(links: TocLink[], headingLevel: 2 | 3 = 2): SafeHtml {
  const groups: Array<{ category: string | null; items: TocLink[] }> = [];
  for (const link of links) {
    const last = groups[groups.length - 1];
    if (last && last.category === link.entry.category) last.items.push(link);
    else groups.push({ category: link.entry.category, items: [link] });
  }
  const heading = (text: string) => (headingLevel === 2 ? html`<h2>${text}</h2>` : html`<h3>${text}</h3>`);
  const sub = (text: string) => (headingLevel === 2 ? html`<h3>${text}</h3>` : html`<h4>${text}</h4>`);
  return html`<nav class="toc" aria-label="目录">${heading("目　录")}
${groups.map((g) => html`${g.category ? sub(`【${g.category}】`) : ""}<ol>${g.items.map(({ entry, href }) => html`<li>
<span>${href ? html`<a href="${href}">${entry.title}</a>` : entry.title}${entry.docNumber ? html`<br><span class="num">${entry.docNumber}</span>` : ""}</span>
${entry.page !== null ? html`<span class="page">第${entry.page}页</span>` : ""}</li>`)}</ol>`)}
</nav>`;
}

/** The whole issue page. */
export function issuePage(stored: StoredIssue, links: TocLink[]): SafeHtml {
  const { issue } = stored;
  const y = issue.year ?? 0;
  const n = issue.number ?? 0;
  const newest = stored.versions.find((v) => v.current);
  const notice = !stored.current && newest
    ? html`<p class="notice" role="note">这是本期的第${stored.version}版，已有更正后的版本：<a href="${paths.issue(y, n)}">查看最新版本（第${newest.version}版）</a>。</p>`
    : "";
  const history = stored.versions.length > 1
    ? html`<section aria-labelledby="versions"><h2 id="versions">版本</h2><ul>${stored.versions.map((v) => html`<li>
<a href="${v.current ? paths.issue(y, n) : paths.issueVersion(y, n, v.version)}">第${v.version}版</a>${v.current ? "（现行）" : ""}　<small>导入于 ${v.importedAt.slice(0, 10)}</small></li>`)}</ul></section>`
    : "";
  return html`${notice}${masthead(issue)}${tocView(links)}${history}`;
}

/** Issues grouped by year. */
export function issuesIndex(issues: IssueSummary[]): SafeHtml {
  const years = [...new Set(issues.map((i) => i.year))];
  return html`<h1>全部期刊</h1>
${issues.length === 0 ? html`<p>尚未导入任何期刊。</p>` : ""}
${join(years, (year) => html`<section aria-labelledby="y-${year ?? "none"}"><h2 id="y-${year ?? "none"}">${year === null ? "未标年份" : `${year}年`}</h2>
<ul class="list">${issues.filter((i) => i.year === year).map((i) => html`<li>
<a href="${paths.issue(i.year ?? 0, i.number ?? 0)}">${i.publication ?? "政府公报"} ${issueNo(i.number)}</a>
<span class="muted">${i.cumulativeNumber !== null ? `总第${i.cumulativeNumber}期 · ` : ""}${formatDate(i.date)} · ${i.documentCount}份文件</span></li>`)}</ul></section>`)}`;
}
