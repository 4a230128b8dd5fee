/** A duty's report page: every version with its review, the form (pre-filled) and the supervisor's review. */
import type { DutyOwner, StoredReport, TaskTarget, TrackedTaskView } from "../../../store/track/index.ts";
import { REPORT_STATUSES, type ReportContent } from "../../../track/index.ts";
import { html, type SafeHtml } from "../../views/html.ts";
import { trackerPaths } from "../paths.ts";
import { csrfField, lightBadge, type Viewer } from "./frame.ts";
import { REPORT_STATES } from "./labels.ts";

/** What the report page shows. */
export interface ReportPageModel {
  duty: DutyOwner;
  task: TrackedTaskView;
  unit: string;
  reports: StoredReport[];
  draft: ReportContent;
  targets: TaskTarget[];
  viewer: Viewer;
  canFile: boolean;
  canReview: boolean;
}

function content(r: StoredReport, targets: TaskTarget[]): SafeHtml {
  const c = r.content;
  const rows: Array<[string, SafeHtml | string]> = [["进展状态", c.status], ["已完成工作", c.workDone], ["存在问题", c.problems], ["下步计划", c.nextSteps]];
  if (c.evidenceUrl) rows.push(["佐证材料", html`<a href="${c.evidenceUrl}" rel="noopener noreferrer nofollow">${c.evidenceUrl}</a>`]);
  for (const reading of c.readings) {
    const t = targets.find((x) => x.index === reading.targetIndex);
    rows.push([`指标：${t?.metric ?? `第${reading.targetIndex + 1}项`}`, `${reading.value}${t?.unit ?? ""}（${reading.date}）`]);
  }
  return html`<dl class="meta">${rows.map(([k, v]) => html`<dt>${k}</dt><dd class="prewrap">${v || "—"}</dd>`)}</dl>`;
}

function history(m: ReportPageModel): SafeHtml {
  if (m.reports.length === 0) return html`<p>尚未填报。</p>`;
  return html`${[...m.reports].reverse().map((r) => html`<article class="report" aria-labelledby="report-${r.id}">
<h3 id="report-${r.id}">第${r.version}版 · ${REPORT_STATES[r.state]}${r.submittedAt ? html` <span class="muted">（${r.submittedAt.slice(0, 10)} 报送）</span>` : ""}</h3>
${content(r, m.targets)}
${r.reviewComment ? html`<p>督查室意见：<span class="prewrap">${r.reviewComment}</span></p>` : ""}
${m.canReview && r.state === "submitted" ? html`<form class="stack" method="post" action="${trackerPaths.reportReview(r.id)}">${csrfField(m.viewer)}
<label for="review-${r.id}">审核意见（退回时必填）</label><textarea id="review-${r.id}" name="comment" maxlength="2000"></textarea>
<div><button type="submit" name="decision" value="accept">采纳</button> <button type="submit" name="decision" value="return">退回修改</button></div></form>` : ""}
</article>`)}`;
}

function form(m: ReportPageModel): SafeHtml {
  const d = m.draft;
  const latest = m.reports[m.reports.length - 1];
  if (latest?.state === "submitted") return html`<p class="notice">报告已报送，待督查室审核；审核前不能修改。</p>`;
  const field = (name: keyof ReportContent, label: string, value: string) => html`<label for="f-${name}">${label}</label>
<textarea id="f-${name}" name="${name}" maxlength="10000">${value}</textarea>`;
  return html`<form class="stack" method="post" action="${trackerPaths.dutyReport(m.duty.dutyId)}" aria-label="填报进展报告">${csrfField(m.viewer)}
${latest?.state === "accepted" ? html`<p class="notice">上一版已采纳，修改将形成第${latest.version + 1}版。</p>` : ""}
${field("workDone", "已完成工作", d.workDone)}
${field("problems", "存在问题", d.problems)}
${field("nextSteps", "下步计划", d.nextSteps)}
<fieldset><legend>进展状态</legend>${REPORT_STATUSES.map((s) => html`<label><input type="radio" name="status" value="${s}"${s === d.status ? html` checked` : ""}> ${s}</label> `)}</fieldset>
${m.targets.map((t) => html`<label for="reading-${t.index}">指标读数：${t.metric}（目标 ${t.comparator}${t.value}${t.unit}）</label>
<input id="reading-${t.index}" name="reading-${t.index}" inputmode="decimal" value="${d.readings.find((r) => r.targetIndex === t.index)?.value ?? ""}">`)}
<label for="f-evidenceUrl">佐证材料链接（http/https）</label><input id="f-evidenceUrl" name="evidenceUrl" type="url" maxlength="2000" value="${d.evidenceUrl ?? ""}">
<div><button type="submit" name="intent" value="draft">保存草稿</button> <button type="submit" name="intent" value="submit">报送</button></div>
</form>`;
}

/** The report page body. */
export function reportPage(m: ReportPageModel): SafeHtml {
  const mine = m.task.assignments.find((a) => a.duties.some((d) => d.id === m.duty.dutyId));
  return html`<h1>${m.duty.label}进展报告</h1>
<dl class="meta"><dt>任务</dt><dd><a href="${trackerPaths.task(m.task.id)}">${m.task.title}</a></dd>
<dt>报送单位</dt><dd>${m.unit}${mine ? html` ${lightBadge(mine.light.color)}` : ""}</dd>
<dt>报送期</dt><dd>${m.duty.periodStart} 至 ${m.duty.periodEnd}</dd><dt>截止日期</dt><dd>${m.duty.due}</dd></dl>
${m.canFile ? html`<section aria-labelledby="form"><h2 id="form">填报</h2>${form(m)}</section>` : ""}
<section aria-labelledby="versions"><h2 id="versions">已填报的版本</h2>${history(m)}</section>`;
}
