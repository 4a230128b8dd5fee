/** Organisation pages: the list by kind, and one organisation's documents and tasks across issues. */
import type { OrgKind } from "../../model/index.ts";
import type { OrgDocument, StoredOrg } from "../../store/index.ts";
import { html, join, type SafeHtml } from "./html.ts";
import { formatDate, KIND_LABELS, ROLE_LABELS } from "./format.ts";
import { tasksTable, type TaskRow } from "./tasks-view.ts";
import { documentLink, paths } from "../urls.ts";

const KIND_ORDER: OrgKind[] = ["party", "department", "town", "subdistrict", "other", "group"];

/** All organisations, grouped by kind. */
export function orgsIndex(orgs: StoredOrg[]): SafeHtml {
  return html`<h1>单位</h1>
<p>公报文件中出现的发文机关和承担任务的单位。</p>
${join(KIND_ORDER.filter((k) => orgs.some((o) => o.kind === k)), (kind) => html`<section aria-labelledby="k-${kind}">
<h2 id="k-${kind}">${KIND_LABELS[kind]}</h2>
<ul>${orgs.filter((o) => o.kind === kind).map((o) => html`<li><a href="${paths.org(o.id)}">${o.name}</a></li>`)}</ul></section>`)}`;
}

/** One organisation: what it issued and every task it leads or shares. */
export function orgPage(org: StoredOrg, documents: OrgDocument[], tasks: TaskRow[]): SafeHtml {
  const issued = documents.filter((d) => d.roles.includes("issuer"));
  const involved = documents.filter((d) => d.roles.some((r) => r !== "issuer"));
  const docList = (docs: OrgDocument[]) => html`<ul class="list">${docs.map((d) => html`<li>
<span><a href="${documentLink(d)}">${d.title ?? "（无标题）"}</a>${d.docNumber ? html`<br><span class="num">${d.docNumber}</span>` : ""}</span>
<span class="muted">${formatDate(d.date)} ${d.roles.map((r) => html`<span class="roles">${ROLE_LABELS[r]}</span>`)}</span></li>`)}</ul>`;
  return html`<h1>${org.name}</h1>
<dl class="meta"><dt>类别</dt><dd>${KIND_LABELS[org.kind]}</dd>
${org.aliases.length > 0 ? html`<dt>又称</dt><dd>${org.aliases.join("、")}</dd>` : ""}
<dt>任务</dt><dd>${tasks.length} 项（牵头 ${tasks.filter((t) => t.roles?.includes(ROLE_LABELS.lead)).length} 项）</dd></dl>
${issued.length > 0 ? html`<section aria-labelledby="issued"><h2 id="issued">发布的文件</h2>${docList(issued)}</section>` : ""}
${involved.length > 0 ? html`<section aria-labelledby="involved"><h2 id="involved">涉及的文件</h2>${docList(involved)}</section>` : ""}
<section aria-labelledby="tasks"><h2 id="tasks">承担的任务</h2>${tasks.length === 0 ? html`<p>没有任务。</p>` : byDocument(tasks).map((group, i) => html`
<h3 id="tasks-${i + 1}">${group.href ? html`<a href="${group.href}">${group.title}</a>` : group.title}</h3>
${tasksTable(group.rows.map((row) => ({ ...row, document: undefined })), `${org.name}在《${group.title}》中的任务`)}`)}</section>`;
}

function byDocument(tasks: TaskRow[]): Array<{ title: string; href: string | null; rows: TaskRow[] }> {
  // Long document titles in a column would make every row tall; one table per document reads better.
  const groups = new Map<string, { title: string; href: string | null; rows: TaskRow[] }>();
  for (const task of tasks) {
    const key = task.document?.href ?? "";
    const group = groups.get(key) ?? { title: task.document?.title ?? "其他文件", href: task.document?.href ?? null, rows: [] };
    group.rows.push(task);
    groups.set(key, group);
  }
  return [...groups.values()];
}
