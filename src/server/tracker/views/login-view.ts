/** The sign-in page of the 督查督办 system. */
import { html, type SafeHtml } from "../../views/html.ts";
import { layout } from "../../views/layout.ts";
import { trackerPaths } from "../paths.ts";

/** The login form; `error` is shown above it and announced to screen readers. */
export function loginPage(input: { csrf: string; next: string | null; username?: string | undefined; error?: string | undefined }): SafeHtml {
  return layout({
    title: "登录督查督办系统",
    body: html`<h1>登录督查督办系统</h1>
${input.error ? html`<p class="notice error-text" role="alert">${input.error}</p>` : ""}
<form class="stack" method="post" action="${trackerPaths.login()}">
<input type="hidden" name="_csrf" value="${input.csrf}">
${input.next ? html`<input type="hidden" name="next" value="${input.next}">` : ""}
<label for="login-username">用户名</label>
<input id="login-username" name="username" autocomplete="username" required maxlength="64" value="${input.username ?? ""}">
<label for="login-password">密码</label>
<input id="login-password" name="password" type="password" autocomplete="current-password" required maxlength="200">
<button type="submit">登录</button>
</form>
<p class="muted">账号由系统管理员分配。公众可在各文件页面查看任务落实进展。</p>`,
  });
}
