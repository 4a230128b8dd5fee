/** The 督查通报 as a formatted document, with the period form and its JSON form. */
import type { Document } from "../../../model/index.ts";
import { html, type SafeHtml } from "../../views/html.ts";
import { formatDate } from "../../views/format.ts";
import { paragraphs, sectionsView } from "../../views/sections-view.ts";
import { withQuery } from "../../urls.ts";
import { trackerPaths } from "../paths.ts";

/** The bulletin page body. */
export function bulletinPage(doc: Document, period: { from: string; to: string }): SafeHtml {
  return html`<form class="inline" method="get" action="${trackerPaths.bulletins()}" aria-label="通报期间">
<label for="b-from">自</label><input id="b-from" name="from" type="date" value="${period.from}" required>
<label for="b-to">至</label><input id="b-to" name="to" type="date" value="${period.to}" required>
<button type="submit">生成通报</button>
<a href="${withQuery(trackerPaths.bulletinsJson(), period)}" type="application/json">下载文件数据（gongbao/issue@1 Document JSON）</a></form>
<article class="bulletin">
<h1>${doc.title ?? "督查通报"}</h1>
<dl class="meta"><dt>发文机关</dt><dd>${doc.issuers.join("、")}</dd><dt>主送</dt><dd>${doc.recipients.join("、")}</dd>
<dt>成文日期</dt><dd>${doc.date ? html`<time datetime="${doc.date}">${formatDate(doc.date)}</time>` : ""}</dd><dt>文种</dt><dd>${doc.genre ?? ""}</dd></dl>
${paragraphs(doc.text)}
${sectionsView(doc.sections, "s", 2)}
<p>${doc.issuers[0] ?? ""}</p><p>${formatDate(doc.date)}</p>
</article>`;
}
