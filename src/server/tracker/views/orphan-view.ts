/** 更正后未匹配的任务: each orphan of a correction with its units, versions and reports, and the form to withdraw or keep it. */
import type { IssueVersionRef, OrphanTask } from "../../../store/track/index.ts";
import { shanghaiDate } from "../../../track/index.ts";
import { html, type SafeHtml } from "../../views/html.ts";
import { issueNo, ROLE_LABELS } from "../../views/format.ts";
import { paths } from "../../urls.ts";
import { trackerPaths } from "../paths.ts";
import { csrfField, type Viewer } from "./frame.ts";
import { REPORT_STATES } from "./labels.ts";

function version(v: IssueVersionRef | null, current: boolean): SafeHtml {
  if (v === null) return html`<span class="muted">（无现行版本）</span>`;
  const name = `${v.publication ?? ""}${v.year ?? ""}年${issueNo(v.number)}第${v.version}版`;
  if (v.year === null || v.number === null) return html`${name}`;
  return html`<a href="${current ? paths.issue(v.year, v.number) : paths.issueVersion(v.year, v.number, v.version)}">${name}</a>`;
}

function reports(o: OrphanTask): SafeHtml {
  if (o.reports.length === 0) return html`<p class="muted">尚无进展报告。</p>`;
  return html`<ul>${o.reports.map((r) => html`<li><a href="${trackerPaths.dutyReport(r.dutyId)}">${r.unit} · ${r.label}</a>
${REPORT_STATES[r.state]}（第${r.version}版${r.submittedOn ? `，${r.submittedOn} 报送` : ""}）</li>`)}</ul>`;
}

function decisionForm(o: OrphanTask, viewer: Viewer): SafeHtml {
  const id = o.trackedTaskId;
  return html`<form class="stack" method="post" action="${trackerPaths.orphanDecision(id)}" aria-label="处理：${o.title}">${csrfField(viewer)}
<fieldset><legend>处理决定</legend>
<label><input type="radio" name="decision" value="withdraw" required> 撤销（更正后的公报已删除此项任务，不再计入灯色、考核与通报，记录保留）</label>
<label><input type="radio" name="decision" value="keep"> 保留（继续督办，如更正误删此项任务）</label></fieldset>
<label for="orphan-reason-${id}">理由（必填）</label><textarea id="orphan-reason-${id}" name="reason" required maxlength="2000"></textarea>
<button type="submit">确认处理</button></form>`;
}

/** The orphan list body. */
export function orphanPage(orphans: OrphanTask[], viewer: Viewer): SafeHtml {
  return html`<h1>更正后未匹配的任务</h1>
<p>导入更正后的公报时，以下督办任务在新版本中找不到对应任务，仍留在原版本上，在处理前照常计入灯色、考核与通报。请逐项决定撤销或保留，并说明理由。</p>
${orphans.length === 0 ? html`<p>没有待处理的任务。</p>` : html`<ol class="orphans">${orphans.map((o) => html`<li id="orphan-${o.trackedTaskId}"><article>
<h2><a href="${trackerPaths.task(o.trackedTaskId)}">${o.title}</a></h2>
<dl class="meta"><dt>来源文件</dt><dd><a href="${paths.document(o.documentId)}">${o.documentTitle ?? "（无标题）"}</a></dd>
<dt>责任单位</dt><dd>${o.units.length === 0 ? "未列名" : o.units.map((u) => `${u.unit}（${ROLE_LABELS[u.role]}）`).join("、")}</dd>
<dt>原版本</dt><dd>${version(o.from, false)}</dd>
<dt>现行版本</dt><dd>${version(o.current, true)}</dd>
<dt>未匹配时间</dt><dd><time datetime="${o.orphanedAt}">${o.orphanedAt ? shanghaiDate(new Date(o.orphanedAt)) : ""}</time></dd></dl>
<h3>进展报告</h3>${reports(o)}
${decisionForm(o, viewer)}</article></li>`)}</ol>`}`;
}
