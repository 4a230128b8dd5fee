/** The supervisors' cockpit: lights, units' punctuality, documents' completion, overdue and upcoming work. */
import type { Cockpit } from "../../../store/track/index.ts";
import { html, type SafeHtml } from "../../views/html.ts";
import { paths } from "../../urls.ts";
import { trackerPaths } from "../paths.ts";
import { barChart, lightDonut } from "./charts.ts";
import { percent } from "./frame.ts";

function units(list: Cockpit["units"]): SafeHtml {
  return html`<div class="table-wrap" role="region" aria-label="各单位推进情况" tabindex="0"><table>
<caption>各单位推进情况</caption>
<thead><tr><th scope="col">单位</th><th scope="col">任务</th><th scope="col">红灯</th><th scope="col">黄灯</th><th scope="col">绿灯</th>
<th scope="col">按时报送率</th><th scope="col">缺报</th><th scope="col">逾期任务</th></tr></thead>
<tbody>${list.map((u) => html`<tr><th scope="row"><a href="${trackerPaths.unit(u.orgId)}">${u.unit}</a></th><td>${u.tasks}</td>
<td>${u.counts.red}</td><td>${u.counts.yellow}</td><td>${u.counts.green}</td><td>${percent(u.onTimeRate)}</td><td>${u.missingReports}</td><td>${u.overdue}</td></tr>`)}</tbody>
</table></div>`;
}

function documents(list: Cockpit["documents"]): SafeHtml {
  return html`<div class="table-wrap" role="region" aria-label="各文件办结情况" tabindex="0"><table>
<caption>各文件办结情况</caption>
<thead><tr><th scope="col">文件</th><th scope="col">任务</th><th scope="col">已销号</th><th scope="col">办结率</th><th scope="col">公开进展</th></tr></thead>
<tbody>${list.map((d) => html`<tr><th scope="row"><a href="${paths.document(d.documentId)}">${d.title ?? "（无标题）"}</a></th>
<td>${d.tasks}</td><td>${d.completed}</td><td>${percent(d.rate)}</td><td><a href="${trackerPaths.progress(d.documentId)}">进展</a></td></tr>`)}</tbody>
</table></div>`;
}

/** The cockpit body; `orphans` counts tracked tasks a correction left unmatched, awaiting a decision. */
export function cockpitPage(view: Cockpit, today: string, orphans = 0): SafeHtml {
  const overdueByUnit = view.units.filter((u) => u.overdue > 0).sort((a, b) => b.overdue - a.overdue).slice(0, 12).map((u) => ({ label: u.unit, value: u.overdue }));
  return html`<h1>督查驾驶舱</h1>
<p class="muted">截至 <time datetime="${today}">${today}</time></p>
${orphans > 0 ? html`<p class="notice" role="note">更正后的公报中有 ${orphans} 项督办任务未能匹配，在处理前仍照常计入：<a href="${trackerPaths.orphans()}">更正后未匹配的任务（${orphans}）</a></p>` : ""}
<div class="cards">
<figure>${lightDonut(view.counts, "donut")}<figcaption>任务灯色</figcaption></figure>
<figure>${barChart(overdueByUnit, "逾期任务最多的单位", "overdue-bars")}<figcaption>逾期任务（按单位）</figcaption></figure>
</div>
<section aria-labelledby="units"><h2 id="units">各单位</h2>${units(view.units)}</section>
<section aria-labelledby="docs"><h2 id="docs">各文件</h2>${documents(view.documents)}</section>
<section aria-labelledby="overdue"><h2 id="overdue">逾期未完成（${view.overdue.length}）</h2>
${view.overdue.length === 0 ? html`<p>没有逾期任务。</p>` : html`<ol>${view.overdue.map((o) => html`<li><a href="${trackerPaths.task(o.trackedTaskId)}">${o.title}</a>
<span class="muted">${o.units.join("、")} · 完成时限 ${o.due} · 已逾期 ${o.days} 天</span></li>`)}</ol>`}</section>
<section aria-labelledby="upcoming"><h2 id="upcoming">30 天内到期（${view.upcoming.length}）</h2>
${view.upcoming.length === 0 ? html`<p>近期没有到期事项。</p>` : html`<ol>${view.upcoming.map((u) => html`<li><a href="${trackerPaths.task(u.trackedTaskId)}">${u.title}</a>
<span class="muted">${u.kind === "report" ? "报送" : "完成时限"} ${u.due} · ${u.units.join("、")} · ${u.label}</span></li>`)}</ol>`}</section>`;
}
