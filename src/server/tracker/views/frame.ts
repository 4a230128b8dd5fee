/** The tracker's frame inside the site's: a role-aware navigation bar, sign-out, lights and small helpers. */
import type { UserRole } from "../../../track/index.ts";
import type { LightColor } from "../../../track/index.ts";
import { html, type HtmlValue, type SafeHtml } from "../../views/html.ts";
import { layout } from "../../views/layout.ts";
import { trackerPaths } from "../paths.ts";

/** The signed-in user as the frame shows it. */
export interface Viewer {
  username: string;
  role: UserRole;
  orgId: number | null;
  csrfToken: string;
}

/** Role names as the office says them. */
export const ROLE_NAMES: Record<UserRole, string> = { admin: "系统管理员", supervisor: "督查人员", reporter: "单位填报员" };

/** Light names; the colour is never the only cue. */
export const LIGHT_NAMES: Record<LightColor, string> = { red: "红灯", yellow: "黄灯", green: "绿灯", grey: "灰灯" };

/** A light as a labelled badge. */
export function lightBadge(color: LightColor): SafeHtml {
  return html`<span class="light light-${color}">${LIGHT_NAMES[color]}</span>`;
}

/** The hidden CSRF field every tracker form carries. */
export function csrfField(viewer: Viewer): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${viewer.csrfToken}">`;
}

/** A percentage from a 0–1 rate, or a dash when there is nothing to measure. */
export function percent(rate: number | null): string {
  return rate === null ? "—" : `${Math.round(rate * 1000) / 10}%`;
}

function navItems(viewer: Viewer): Array<[string, string]> {
  if (viewer.role === "reporter") return viewer.orgId === null ? [] : [["本单位", trackerPaths.unit(viewer.orgId)]];
  const items: Array<[string, string]> = [
    ["驾驶舱", trackerPaths.cockpit()], ["督查通报", trackerPaths.bulletins()], ["考核", trackerPaths.assessment()],
    ["更正遗留任务", trackerPaths.orphans()], ["审计日志", trackerPaths.audit()],
  ];
  if (viewer.role === "admin") items.push(["用户管理", trackerPaths.users()]);
  return items;
}

/** A full tracker page; `current` marks the navigation entry of this page. */
export function trackerLayout(page: { title: string; body: HtmlValue; viewer: Viewer; current?: string | undefined }): SafeHtml {
  const { viewer } = page;
  const nav = html`<nav class="tracker" aria-label="督查督办">
<strong>督查督办</strong>
<ul>${navItems(viewer).map(([label, href]) => html`<li><a href="${href}"${page.current === href ? html` aria-current="page"` : ""}>${label}</a></li>`)}</ul>
<form method="post" action="${trackerPaths.logout()}">${csrfField(viewer)}<span>${viewer.username}（${ROLE_NAMES[viewer.role]}）</span><button type="submit">退出登录</button></form>
</nav>`;
  return layout({ title: page.title, body: html`${nav}${page.body}` });
}
