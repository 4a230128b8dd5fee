/** The search page: a labelled form with filters, facet links, highlighted hits and paging. */
import type { SearchResult } from "../../search/index.ts";
import type { SearchParams } from "../api/params.ts";
import { html, raw, type SafeHtml } from "./html.ts";
import { formatDate } from "./format.ts";
import { paths, withQuery } from "../urls.ts";

function link(params: SearchParams, change: Partial<Record<keyof SearchParams, string | number | undefined>>): string {
  const merged: Record<string, string | number | undefined> = { ...params, ...change };
  return withQuery(paths.search(), {
    q: merged["q"], category: merged["category"], genre: merged["genre"], issuer: merged["issuer"], org: merged["org"],
    year: merged["year"], issue: merged["issue"], sort: merged["sort"], cursor: merged["cursor"],
  });
}

function form(p: SearchParams): SafeHtml {
  return html`<form class="search" role="search" action="${paths.search()}" method="get" aria-label="检索">
<label for="q">检索词</label><input id="q" name="q" type="search" value="${p.q ?? ""}" maxlength="200">
<label for="year">年份</label><input id="year" name="year" inputmode="numeric" size="5" value="${p.year ?? ""}">
<label for="sort">排序</label><select id="sort" name="sort">
<option value="relevance"${p.sort !== "date" ? raw(" selected") : ""}>相关度</option>
<option value="date"${p.sort === "date" ? raw(" selected") : ""}>日期</option></select>
${p.category ? html`<input type="hidden" name="category" value="${p.category}">` : ""}
${p.genre ? html`<input type="hidden" name="genre" value="${p.genre}">` : ""}
${p.issuer ? html`<input type="hidden" name="issuer" value="${p.issuer}">` : ""}
${p.org ? html`<input type="hidden" name="org" value="${p.org}">` : ""}
${p.issue ? html`<input type="hidden" name="issue" value="${p.issue}">` : ""}
<button type="submit">检索</button></form>`;
}

function facet(title: string, key: "category" | "genre" | "year", result: SearchResult, p: SearchParams): SafeHtml {
  const entries = Object.entries(result.facets[key]).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return html``;
  const active = p[key] !== undefined ? String(p[key]) : undefined;
  // Beyond one block the counts cover only the newest matches, so they read as approximate.
  const count = (n: number): string => (result.facetsAreExact ? `（${n}）` : `（约 ${n}）`);
  return html`<section aria-labelledby="f-${key}"><h3 id="f-${key}">${title}</h3><ul>
${entries.map(([value, n]) => html`<li>${value === active
    ? html`<strong>${value}${count(n)}</strong> <a href="${link(p, { [key]: undefined, cursor: undefined })}">取消</a>`
    : html`<a href="${link(p, { [key]: value, cursor: undefined })}">${value}</a>${count(n)}`}</li>`)}</ul></section>`;
}

/** A rounded count as people say it: 约 7.9 万, 约 4,200. */
function about(n: number): string {
  if (n >= 10_000) return `约 ${(n / 10_000).toFixed(1).replace(/\.0$/u, "")} 万`;
  return `约 ${(Math.round(n / 100) * 100).toLocaleString("en")}`;
}

function status(result: SearchResult): SafeHtml {
  if (result.totalIsExact) return html`<p role="status">共找到 ${result.total} 份文件。</p>`;
  return html`<p role="status">找到${about(result.estimatedTotal)} 份文件。</p>
<p class="muted">匹配文件很多：排序和筛选计数（约数）只针对最新的 ${result.total} 份，翻到末页后继续显示更早的文件。</p>`;
}

/** The search page; `result` is null when there is nothing to search for yet. */
export function searchPage(p: SearchParams, result: SearchResult | null): SafeHtml {
  if (!result) return html`<h1>搜索公报</h1>${form(p)}<p>输入关键词（如“近视”“乡村振兴”）或发文字号（如“石大政办发〔2021〕9号”）。</p>`;
  return html`<h1>搜索：${p.q ?? ""}</h1>
${form(p)}
${status(result)}
${result.total > 0 ? html`<aside class="facets" aria-label="筛选">${facet("栏目", "category", result, p)}${facet("文种", "genre", result, p)}${facet("年份", "year", result, p)}</aside>` : ""}
<ol class="results">${result.hits.map((hit) => html`<li>
<h2><a href="${paths.document(hit.documentId)}">${hit.title}</a></h2>
<p class="muted">${hit.docNumber ?? ""} ${formatDate(hit.date)}</p>
<p>${raw(hit.snippet)}</p></li>`)}</ol>
<nav class="pager" aria-label="翻页">${p.cursor ? html`<a href="${link(p, { cursor: undefined })}">第一页</a> ` : ""}${result.nextCursor ? html`<a href="${link(p, { cursor: result.nextCursor })}" rel="next">下一页</a>` : ""}</nav>`;
}
