/** The page frame: landmarks, skip link, navigation with a labelled search box, data links. */
import { html, type HtmlValue, type SafeHtml } from "./html.ts";
import { STYLES } from "./styles.ts";
import { raw } from "./html.ts";
import { paths } from "../urls.ts";

/** A machine-readable alternative of a page (JSON, CSV, Atom). */
export interface DataLink {
  href: string;
  type: string;
  label: string;
}

/** What a page gives the frame. */
export interface PageOptions {
  title: string;
  body: HtmlValue;
  /** The text to pre-fill the header search box with. */
  query?: string | undefined;
  canonical?: string | undefined;
  data?: DataLink[] | undefined;
}

/** A complete HTML document in Chinese. */
export function layout(page: PageOptions): SafeHtml {
  const data = page.data ?? [];
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · 政府公报</title>
${page.canonical ? html`<link rel="canonical" href="${page.canonical}">` : ""}
${data.map((d) => html`<link rel="alternate" type="${d.type}" href="${d.href}" title="${d.label}">`)}
<link rel="alternate" type="application/atom+xml" href="${paths.documentsFeed()}" title="最新文件">
<style>${raw(STYLES)}</style>
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="site">
<div class="bar">
<a class="brand" href="${paths.home()}">政府公报</a>
<nav class="main" aria-label="主导航"><ul>
<li><a href="${paths.home()}">首页</a></li>
<li><a href="${paths.issues()}">期刊</a></li>
<li><a href="${paths.documents()}">文件</a></li>
<li><a href="${paths.orgs()}">单位</a></li>
<li><a href="${paths.chronicle()}">大事记</a></li>
<li><a href="${paths.openapi()}">开放数据</a></li>
</ul></nav>
${searchForm(page.query, "site-q")}
</div>
</header>
<main id="main" tabindex="-1">
${page.body}
${data.length > 0 ? html`<p class="data">数据下载：${data.map((d) => html`<a href="${d.href}" type="${d.type}">${d.label}</a>`)}</p>` : ""}
</main>
<footer class="site"><div class="bar">
<span>本站内容依据政府公报印刷版整理；以印刷版为准。</span>
<a href="${paths.documentsFeed()}">订阅（Atom）</a>
<a href="${paths.sitemap()}">网站地图</a>
<a href="${paths.openapi()}">API 说明（OpenAPI）</a>
</div></footer>
</body>
</html>`;
}

/** A labelled search box; `inputId` keeps ids unique when a page shows two. */
export function searchForm(query: string | undefined, inputId: string): SafeHtml {
  return html`<form class="search" role="search" action="${paths.search()}" method="get">
<label for="${inputId}">搜索公报</label>
<input id="${inputId}" name="q" type="search" value="${query ?? ""}" maxlength="200" placeholder="关键词或发文字号">
<button type="submit">搜索</button>
</form>`;
}
