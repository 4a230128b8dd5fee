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

function facet(title: string, key: "category" | "genre" | "year", counts: Record<string, number>, p: SearchParams): SafeHtml {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return html``;
  const active = p[key] !== undefined ? String(p[key]) : undefined;
  return html`<section aria-labelledby="f-${key}"><h3 id="f-${key}">${title}</h3><ul>
${entries.map(([value, n]) => html`<li>${value === active
    ? html`<strong>${value}（${n}）</strong> <a href="${link(p, { [key]: undefined, cursor: undefined })}">取消</a>`
    : html`<a href="${link(p, { [key]: value, cursor: undefined })}">${value}</a>（${n}）`}</li>`)}</ul></section>`;
}

/** The search page; `result` is null when there is nothing to search for yet. */
export function searchPage(p: SearchParams, result: SearchResult | null): SafeHtml {
  if (!result) return html`<h1>搜索公报</h1>${form(p)}<p>输入关键词（如“近视”“乡村振兴”）或发文字号（如“石大政办发〔2021〕9号”）。</p>`;
  return html`<h1>搜索：${p.q ?? ""}</h1>
${form(p)}
<p role="status">共找到 ${result.total} 份文件。</p>
${result.total > 0 ? html`<aside class="facets" aria-label="筛选">${facet("栏目", "category", result.facets.category, p)}${facet("文种", "genre", result.facets.genre, p)}${facet("年份", "year", result.facets.year, p)}</aside>` : ""}
<ol class="results">${result.hits.map((hit) => html`<li>
<h2><a href="${paths.document(hit.documentId)}">${hit.title}</a></h2>
<p class="muted">${hit.docNumber ?? ""} ${formatDate(hit.date)}</p>
<p>${raw(hit.snippet)}</p></li>`)}</ol>
<nav class="pager" aria-label="翻页">${p.cursor ? html`<a href="${link(p, { cursor: undefined })}">第一页</a> ` : ""}${result.nextCursor ? html`<a href="${link(p, { cursor: result.nextCursor })}" rel="next">下一页</a>` : ""}</nav>`;
}
