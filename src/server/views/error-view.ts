/** Error pages that help: what went wrong, and where to go from here. */
import type { GongbaoError } from "../../model/index.ts";
import { html, type SafeHtml } from "./html.ts";
import { layout, searchForm } from "./layout.ts";
import { paths } from "../urls.ts";

const TITLES: Record<number, string> = { 400: "请求有误", 401: "需要登录", 403: "无权访问", 404: "页面不存在", 409: "操作冲突", 429: "尝试过于频繁", 500: "服务器出错" };

/** The HTML page for an error; 5xx pages never show internals. */
export function errorPage(error: GongbaoError, query?: string): SafeHtml {
  const title = TITLES[error.status] ?? (error.status >= 500 ? "服务器出错" : "请求有误");
  const detail = error.status === 404
    ? "您要找的公报、文件或单位不存在，可能地址有误或已被更正。"
    : error.status >= 500
      ? "服务器暂时无法完成请求，请稍后再试。"
      : `请求无法处理：${error.message}${error.location.field ? `（参数 ${error.location.field}）` : ""}`;
  return layout({
    title,
    query,
    body: html`<h1>${title}</h1>
<p>${detail}</p>
<section aria-labelledby="next"><h2 id="next">您可以</h2>
<ul>
<li>${searchForm(query, "error-q")}</li>
${error.status === 401 || error.status === 403 ? html`<li><a href="/login">登录督查督办系统</a></li>` : ""}
<li><a href="${paths.home()}">返回首页</a></li>
<li><a href="${paths.issues()}">浏览全部期刊</a></li>
</ul></section>`,
  });
}
