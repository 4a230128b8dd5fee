/** Task tables: each measure with its lead, responsible and cooperating units and its deadline. */
import { html, join, type SafeHtml } from "./html.ts";

/** A unit as a task names it, linked to its organisation page when known. */
export interface UnitLink {
  name: string;
  href: string | null;
}

/** A task ready to show. */
export interface TaskRow {
  path: string[];
  title: string;
  lead: UnitLink[];
  responsible: UnitLink[];
  cooperating: UnitLink[];
  deadline: string;
  /** The organisation's own roles, on an organisation page. */
  roles?: string[];
  document?: { title: string; href: string } | undefined;
}

function unitList(units: UnitLink[]): SafeHtml {
  return join(units, (u) => (u.href ? html`<a href="${u.href}">${u.name}</a>` : u.name), "、");
}

/** The tasks as a table; `caption` names it for screen readers. */
export function tasksTable(rows: TaskRow[], caption: string): SafeHtml {
  if (rows.length === 0) return html`<p>没有任务。</p>`;
  const withRoles = rows.some((r) => r.roles);
  const withDocs = rows.some((r) => r.document);
  return html`<div class="table-wrap" role="region" aria-label="${caption}" tabindex="0"><table class="tasks">
<caption>${caption}</caption>
<thead><tr><th scope="col">序号</th><th scope="col">任务</th>${withDocs ? html`<th scope="col">文件</th>` : ""}${withRoles ? html`<th scope="col">本单位</th>` : ""}
<th scope="col">牵头单位</th><th scope="col">责任单位</th><th scope="col">配合单位</th><th scope="col">完成时限</th></tr></thead>
<tbody>${rows.map((r, i) => html`<tr>
<td>${i + 1}</td>
<td><span class="muted">${r.path.join("")}</span> ${r.title}</td>
${withDocs ? html`<td>${r.document ? html`<a href="${r.document.href}">${r.document.title}</a>` : ""}</td>` : ""}
${withRoles ? html`<td>${(r.roles ?? []).map((role) => html`<span class="roles">${role}</span>`)}</td>` : ""}
<td>${unitList(r.lead)}</td><td>${unitList(r.responsible)}</td><td>${unitList(r.cooperating)}</td>
<td>${r.deadline}</td></tr>`)}</tbody>
</table></div>`;
}
