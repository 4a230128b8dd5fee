/** A tracked task: its light and reasons, units, milestones, duties, supervision and the forms acting on it. */
import type { AssignmentView, SupervisionAction, TrackedTaskView } from "../../../store/track/index.ts";
import { LIGHT_COLORS } from "../../../track/index.ts";
import { html, type SafeHtml } from "../../views/html.ts";
import { ROLE_LABELS } from "../../views/format.ts";
import { paths } from "../../urls.ts";
import { trackerPaths } from "../paths.ts";
import { csrfField, LIGHT_NAMES, lightBadge, type Viewer } from "./frame.ts";
import { ASSIGNMENT_STATES, COMPLETION_STATES, REPORT_STATES } from "./labels.ts";
import { actionList, remindForm } from "./action-view.ts";

/** What the task page shows, already cut to what the viewer may see. */
export interface TaskPageModel {
  task: TrackedTaskView;
  viewer: Viewer;
  supervising: boolean;
  /** The viewer's unit may propose completion (lead or responsible, not yet proposed or closed). */
  canPropose: boolean;
  /** Units whose duties and reports the viewer may open. */
  openUnits: Set<number>;
  actions: SupervisionAction[];
  today: string;
}

function units(m: TaskPageModel): SafeHtml {
  return html`<div class="table-wrap" role="region" aria-label="责任单位" tabindex="0"><table><caption>责任单位与灯色</caption>
<thead><tr><th scope="col">单位</th><th scope="col">角色</th><th scope="col">状态</th><th scope="col">灯色</th><th scope="col">原因</th></tr></thead>
<tbody>${m.task.assignments.map((a) => html`<tr><th scope="row">${m.supervising || m.openUnits.has(a.orgId) ? html`<a href="${trackerPaths.unit(a.orgId)}">${a.unit}</a>` : a.unit}</th>
<td>${ROLE_LABELS[a.role]}</td><td>${ASSIGNMENT_STATES[a.state]}</td><td>${lightBadge(a.light.color)}</td><td>${a.light.reasons.join("；")}</td></tr>`)}
${m.task.formerAssignments.map((a) => html`<tr class="muted"><th scope="row">${a.unit}</th><td>${ROLE_LABELS[a.role]}</td>
<td colspan="3">${a.removedOn} 起更正后的公报不再列名，不计入灯色与考核</td></tr>`)}</tbody></table></div>`;
}

function milestones(m: TaskPageModel): SafeHtml {
  if (m.task.milestones.length === 0) return html`<p>无明确完成时限（按报送要求跟踪）。</p>`;
  return html`<ol>${m.task.milestones.map((s) => html`<li><time datetime="${s.due}">${s.due}</time> ${s.label}
${s.doneOn ? html`<span class="muted">（${s.doneOn} 完成）</span>` : s.due < m.today ? html`<strong>（已逾期）</strong>` : ""}</li>`)}</ol>`;
}

function duties(m: TaskPageModel): SafeHtml {
  const shown = (a: AssignmentView) => a.duties.length > 0 && (m.supervising || m.openUnits.has(a.orgId));
  const former = new Set<AssignmentView>(m.task.formerAssignments);
  // Reports of units no longer named stay readable, marked as such, after the current ones.
  const mine = [...m.task.assignments, ...m.task.formerAssignments].filter(shown);
  if (mine.length === 0) return html`<p>没有您可查看的报送任务。</p>`;
  return html`${mine.map((a) => html`<div class="table-wrap" role="region" aria-label="${a.unit}的报送" tabindex="0"><table><caption>${a.unit}（${ROLE_LABELS[a.role]}）的进展报告${former.has(a) ? "（已不再列名）" : ""}</caption>
<thead><tr><th scope="col">报送期</th><th scope="col">截止</th><th scope="col">报告</th><th scope="col">进展</th><th scope="col"></th></tr></thead>
<tbody>${a.duties.filter((d) => d.periodStart <= m.today).map((d) => html`<tr><td>${d.label}</td><td>${d.due}${d.filedOn === null && d.due < m.today ? html` <strong>逾期未报</strong>` : ""}</td>
<td>${d.reportState ? `${REPORT_STATES[d.reportState]}（第${d.reportVersion ?? 1}版）` : "未填报"}</td><td>${d.reportStatus ?? ""}</td>
<td><a href="${trackerPaths.dutyReport(d.id)}">${m.viewer.role === "reporter" ? "填报" : "查看"}<span class="visually-hidden">${d.label}报告</span></a></td></tr>`)}</tbody></table></div>`)}`;
}

function completion(m: TaskPageModel): SafeHtml {
  const t = m.task;
  const propose = m.canPropose ? html`<form class="stack" method="post" action="${trackerPaths.taskCompletion(t.id)}">${csrfField(m.viewer)}
<label for="completion-note">办结情况说明</label><textarea id="completion-note" name="note" maxlength="2000" required></textarea>
<button type="submit">申请办结</button></form>` : "";
  const review = m.supervising && t.completionState === "proposed" ? html`<form class="stack" method="post" action="${trackerPaths.taskCompletionReview(t.id)}">${csrfField(m.viewer)}
<label for="completion-comment">审核意见（退回时必填）</label><textarea id="completion-comment" name="comment" maxlength="2000"></textarea>
<div><button type="submit" name="decision" value="accept">同意销号</button> <button type="submit" name="decision" value="return">退回</button></div></form>` : "";
  return html`<p>办结状态：<strong>${COMPLETION_STATES[t.completionState]}</strong>${t.completedOn ? `（${t.completedOn}）` : ""}</p>
${t.completionComment ? html`<p>督查室意见：<span class="prewrap">${t.completionComment}</span></p>` : ""}${propose}${review}`;
}

function overrideForm(m: TaskPageModel): SafeHtml {
  const t = m.task;
  return html`<form class="stack" method="post" action="${trackerPaths.taskOverride(t.id)}">${csrfField(m.viewer)}
<label for="override-target">调整对象</label><select id="override-target" name="assignmentId"><option value="">整项任务</option>
${t.assignments.map((a) => html`<option value="${a.id}">${a.unit}（${ROLE_LABELS[a.role]}）</option>`)}</select>
<label for="override-color">灯色</label><select id="override-color" name="color">${LIGHT_COLORS.map((c) => html`<option value="${c}">${LIGHT_NAMES[c]}</option>`)}<option value="clear">恢复自动研判</option></select>
<label for="override-reason">理由（必填）</label><textarea id="override-reason" name="reason" required maxlength="2000"></textarea>
<button type="submit">调整灯色</button></form>`;
}

/** The task page body. */
export function taskPage(m: TaskPageModel): SafeHtml {
  const t = m.task;
  const unitsOfTask = [...new Map(t.assignments.map((a) => [a.orgId, { orgId: a.orgId, name: a.unit }])).values()];
  return html`<article>
<h1>${t.title}</h1>
${t.standing === "withdrawn" ? html`<p class="notice" role="note"><strong>已撤销</strong>：更正后的公报已删除此项任务，不再计入灯色、考核与通报；以下记录保留备查。</p>` : ""}
<p>${lightBadge(t.light.color)}${t.light.overridden ? html` <span class="muted">（人工调整）</span>` : ""}</p>
<ul aria-label="灯色原因">${t.light.reasons.map((r) => html`<li>${r}</li>`)}</ul>
<dl class="meta"><dt>来源文件</dt><dd><a href="${paths.document(t.documentId)}#tasks">${t.documentTitle ?? "（无标题）"}</a>${t.path.length > 0 ? html` <span class="muted">${t.path.join("")}</span>` : ""}</dd>
<dt>完成时限</dt><dd>${t.deadlineText ?? "未注明"}</dd></dl>
<section aria-labelledby="units"><h2 id="units">责任单位</h2>${units(m)}</section>
<section aria-labelledby="milestones"><h2 id="milestones">完成时限节点</h2>${milestones(m)}</section>
<section aria-labelledby="duties"><h2 id="duties">进展报告</h2>${duties(m)}</section>
<section aria-labelledby="actions"><h2 id="actions">督办事项</h2>${actionList(m.actions, m.viewer, m.today)}
${m.supervising ? remindForm(m.viewer, trackerPaths.taskActions(t.id), unitsOfTask, m.today) : ""}</section>
<section aria-labelledby="completion"><h2 id="completion">办结销号</h2>${completion(m)}</section>
${m.supervising ? html`<section aria-labelledby="override"><h2 id="override">人工调整灯色</h2>${overrideForm(m)}</section>` : ""}
</article>`;
}
