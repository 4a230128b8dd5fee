/** Administration: the users list with the forms to add and switch off accounts, and the audit log. */
import type { StoredAuditEntry, UserListing } from "../../../store/track/index.ts";
import { USER_ROLES } from "../../../track/index.ts";
import { html, type SafeHtml } from "../../views/html.ts";
import { withQuery } from "../../urls.ts";
import { trackerPaths } from "../paths.ts";
import { csrfField, ROLE_NAMES, type Viewer } from "./frame.ts";

/** The users page body. */
export function usersPage(users: UserListing[], orgs: { id: number; name: string }[], viewer: Viewer): SafeHtml {
  return html`<h1>用户管理</h1>
<div class="table-wrap" role="region" aria-label="用户" tabindex="0"><table><caption>用户（${users.length}）</caption>
<thead><tr><th scope="col">用户名</th><th scope="col">角色</th><th scope="col">单位</th><th scope="col">状态</th><th scope="col">创建时间</th><th scope="col"></th></tr></thead>
<tbody>${users.map((u) => html`<tr><th scope="row">${u.username}</th><td>${ROLE_NAMES[u.role]}</td><td>${u.orgName ?? ""}</td><td>${u.active ? "正常" : "已停用"}</td>
<td>${u.createdAt.slice(0, 10)}</td><td>${u.username === viewer.username ? "" : html`<form class="inline" method="post" action="${trackerPaths.userActive(u.userId)}">${csrfField(viewer)}
<input type="hidden" name="active" value="${u.active ? "0" : "1"}"><button type="submit">${u.active ? "停用" : "启用"}<span class="visually-hidden"> ${u.username}</span></button></form>`}</td></tr>`)}</tbody></table></div>
<section aria-labelledby="new-user"><h2 id="new-user">新建用户</h2>
<form class="stack" method="post" action="${trackerPaths.users()}">${csrfField(viewer)}
<label for="u-name">用户名</label><input id="u-name" name="username" required maxlength="64" autocomplete="off">
<label for="u-password">初始密码（至少 10 位）</label><input id="u-password" name="password" type="password" required minlength="10" maxlength="200" autocomplete="new-password">
<label for="u-role">角色</label><select id="u-role" name="role">${USER_ROLES.map((r) => html`<option value="${r}">${ROLE_NAMES[r]}</option>`)}</select>
<label for="u-org">所属单位（单位填报员必选）</label><select id="u-org" name="orgId"><option value="">（无）</option>${orgs.map((o) => html`<option value="${o.id}">${o.name}</option>`)}</select>
<button type="submit">创建</button></form></section>`;
}

/** The audit log page body, newest first, with a link to older entries. */
export function auditPage(entries: StoredAuditEntry[], names: Map<number, string>, older: number | null): SafeHtml {
  const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value, null, 1));
  return html`<h1>审计日志</h1><p class="muted">所有变更按时间倒序记录，日志只能追加，不能修改或删除。</p>
<div class="table-wrap" role="region" aria-label="审计日志" tabindex="0"><table><caption>审计日志</caption>
<thead><tr><th scope="col">编号</th><th scope="col">时间</th><th scope="col">用户</th><th scope="col">操作</th><th scope="col">对象</th><th scope="col">变更前</th><th scope="col">变更后</th></tr></thead>
<tbody>${entries.map((e) => html`<tr><td>${e.id}</td><td>${e.at.replace("T", " ").slice(0, 19)}</td><td>${e.userId === null ? "系统" : names.get(e.userId) ?? `#${e.userId}`}</td>
<td>${e.action}</td><td>${e.entity} #${e.entityId}</td><td><pre class="audit">${json(e.before)}</pre></td><td><pre class="audit">${json(e.after)}</pre></td></tr>`)}</tbody></table></div>
${older !== null ? html`<nav class="pager" aria-label="翻页"><a rel="next" href="${withQuery(trackerPaths.audit(), { before: older })}">更早的记录</a></nav>` : ""}`;
}
