/** A unit's own page: its tasks with its own light, reports due, returned reports, supervision to answer. */
import type { SupervisionAction, UnitDashboard } from "../../../store/track/index.ts";
import { html, type SafeHtml } from "../../views/html.ts";
import { ROLE_LABELS } from "../../views/format.ts";
import { trackerPaths } from "../paths.ts";
import { type Viewer, lightBadge } from "./frame.ts";
import { ASSIGNMENT_STATES, REPORT_STATES } from "./labels.ts";
import { actionList, remindForm } from "./action-view.ts";

/** What the unit page shows. */
export interface UnitPageModel {
  board: UnitDashboard;
  actions: SupervisionAction[];
  viewer: Viewer;
  supervising: boolean;
  today: string;
  calendarHref: string;
}

function duties(list: UnitDashboard["openDuties"], caption: string): SafeHtml {
  if (list.length === 0) return html`<p>无。</p>`;
  return html`<div class="table-wrap" role="region" aria-label="${caption}" tabindex="0"><table><caption>${caption}</caption>
<thead><tr><th scope="col">任务</th><th scope="col">报送期</th><th scope="col">截止</th><th scope="col">报告</th><th scope="col"></th></tr></thead>
<tbody>${list.map((d) => html`<tr><td><a href="${trackerPaths.task(d.trackedTaskId)}">${d.taskTitle}</a></td><td>${d.label}</td>
<td>${d.due}${d.late ? html` <strong>已逾期</strong>` : ""}</td><td>${d.reportState ? REPORT_STATES[d.reportState] : "未填报"}</td>
<td><a href="${trackerPaths.dutyReport(d.dutyId)}">填报<span class="visually-hidden">${d.taskTitle}${d.label}</span></a></td></tr>`)}</tbody></table></div>`;
}

function tasks(list: UnitDashboard["tasks"]): SafeHtml {
  return html`<div class="table-wrap" role="region" aria-label="本单位任务" tabindex="0"><table class="tasks"><caption>承担的任务（${list.length} 项）</caption>
<thead><tr><th scope="col">序号</th><th scope="col">任务</th><th scope="col">角色</th><th scope="col">状态</th><th scope="col">灯色</th><th scope="col">原因</th></tr></thead>
<tbody>${list.map(({ task, assignment }, i) => html`<tr><td>${i + 1}</td><td><a href="${trackerPaths.task(task.id)}">${task.title}</a></td>
<td>${ROLE_LABELS[assignment.role]}</td><td>${ASSIGNMENT_STATES[assignment.state]}</td><td>${lightBadge(assignment.light.color)}</td>
<td>${assignment.light.reasons.join("；")}</td></tr>`)}</tbody></table></div>`;
}

/** The unit page body. */
export function unitPage(m: UnitPageModel): SafeHtml {
  const { board } = m;
  const returned = board.openDuties.filter((d) => d.reportState === "returned");
  const c = board.counts;
  return html`<h1>${board.org.name}</h1>
<p>${(["red", "yellow", "green", "grey"] as const).map((k) => html`${lightBadge(k)} ${c[k]} 项　`)}</p>
<p><a href="${m.calendarHref}">订阅本单位的完成时限和报送日历（iCalendar）</a></p>
<section aria-labelledby="answer"><h2 id="answer">待答复的督办事项（${board.openActions.length}）</h2>${actionList(board.openActions, m.viewer, m.today)}</section>
<section aria-labelledby="returned"><h2 id="returned">被退回的报告（${returned.length}）</h2>${duties(returned, "被退回的报告")}</section>
<section aria-labelledby="due"><h2 id="due">待报送（${board.openDuties.length}）</h2>${duties(board.openDuties, "待报送的进展报告")}</section>
<section aria-labelledby="tasks"><h2 id="tasks">任务</h2>${tasks(board.tasks)}</section>
<section aria-labelledby="history"><h2 id="history">全部督办事项</h2>${actionList(m.actions.filter((a) => a.response !== null), m.viewer, m.today)}
${m.supervising ? html`<h3>向本单位发出督办</h3>${remindForm(m.viewer, trackerPaths.unitActions(board.org.id), null, m.today)}` : ""}</section>`;
}
