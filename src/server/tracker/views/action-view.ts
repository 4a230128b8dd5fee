/** Reminders (催办) and supervision orders (督办单): the list with answers, the form to answer, the form to send. */
import type { SupervisionAction } from "../../../store/track/index.ts";
import { html, type SafeHtml } from "../../views/html.ts";
import { trackerPaths } from "../paths.ts";
import { csrfField, type Viewer } from "./frame.ts";
import { ACTION_KINDS } from "./labels.ts";

/** The actions, each with its answer or (for the unit addressed) the form to answer it. */
export function actionList(actions: SupervisionAction[], viewer: Viewer, today: string, units?: Map<number, string>): SafeHtml {
  if (actions.length === 0) return html`<p>没有督办事项。</p>`;
  return html`<ol class="actions">${actions.map((a) => {
    const late = a.response === null && a.responseDue !== null && a.responseDue < today;
    const answer = a.response !== null
      ? html`<p>答复（${a.respondedAt?.slice(0, 10) ?? ""}）：<span class="prewrap">${a.response}</span></p>`
      : viewer.role === "reporter" && viewer.orgId === a.orgId
        ? html`<form class="stack" method="post" action="${trackerPaths.actionResponse(a.id)}">${csrfField(viewer)}
<label for="response-${a.id}">答复内容</label><textarea id="response-${a.id}" name="response" required maxlength="5000"></textarea>
<button type="submit">提交答复</button></form>`
        : html`<p class="muted">尚未答复</p>`;
    return html`<li id="action-${a.id}"><p><strong>${ACTION_KINDS[a.kind]}</strong>${units?.get(a.orgId) ? ` → ${units.get(a.orgId) ?? ""}` : ""}
<span class="muted">${a.createdAt.slice(0, 10)} 发出${a.responseDue ? `，${a.responseDue} 前答复` : ""}</span>${late ? html` <strong>逾期未答复</strong>` : ""}
${a.trackedTaskId !== null ? html` <a href="${trackerPaths.task(a.trackedTaskId)}">相关任务</a>` : ""}</p>
<p class="prewrap">${a.message}</p>${answer}</li>`;
  })}</ol>`;
}

/** The form a supervisor sends a reminder or an order with; `units` null means the unit is fixed by `action`. */
export function remindForm(viewer: Viewer, action: string, units: { orgId: number; name: string }[] | null, today: string): SafeHtml {
  return html`<form class="stack" method="post" action="${action}" aria-label="发出督办">${csrfField(viewer)}
${units ? html`<label for="remind-org">督办单位</label><select id="remind-org" name="orgId">${units.map((u) => html`<option value="${u.orgId}">${u.name}</option>`)}</select>` : ""}
<fieldset><legend>类型</legend>
<label><input type="radio" name="kind" value="reminder" checked> 催办</label>
<label><input type="radio" name="kind" value="order"> 督办单（须规定答复期限）</label></fieldset>
<label for="remind-message">督办内容</label><textarea id="remind-message" name="message" required maxlength="5000"></textarea>
<label for="remind-due">答复期限</label><input id="remind-due" name="responseDue" type="date" min="${today}">
<button type="submit">发出督办</button></form>`;
}
