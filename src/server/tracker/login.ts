/**
 * `/login` and `/logout`. The login form has its own CSRF token (a cookie matched by a hidden
 * field) since there is no session yet; failures are counted per username and address and,
 * past the limit, refused with 429 before the password is even checked.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { Hono, type Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { GongbaoError } from "../../model/index.ts";
import { createSession, endSession, verifyPassword } from "../../store/track/index.ts";
import type { AppDeps } from "../deps.ts";
import { validate } from "../http/validate.ts";
import { nowOf } from "./clock.ts";
import { homeOf, safeNext } from "./paths.ts";
import { limiterKey, type LoginLimiter } from "./rate-limit.ts";
import { checkCsrf, clearSessionCookie, formOf, loadSession, noStore, requireSession, sessionOf, setSessionCookie, type TrackerEnv } from "./session.ts";
import { loginPage } from "./views/login-view.ts";

const LOGIN_COOKIE = "gongbao_login";
const Login = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200), next: z.string().max(500).optional() });

function clientAddress(c: Context): string {
  // Behind no proxy by default: the socket's peer, never a spoofable X-Forwarded-For.
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "local";
}

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function loginCsrf(c: Context, deps: AppDeps): string {
  const existing = getCookie(c, LOGIN_COOKIE);
  if (existing && /^[\w-]{43}$/u.test(existing)) return existing;
  const token = randomBytes(32).toString("base64url");
  setCookie(c, LOGIN_COOKIE, token, { path: "/login", httpOnly: true, sameSite: "Lax", secure: deps.config.baseUrl.startsWith("https:") });
  return token;
}

/** Login and logout routes; `limiter` counts failures. */
export function loginRoutes(deps: AppDeps, limiter: LoginLimiter): Hono<TrackerEnv> {
  const app = new Hono<TrackerEnv>();
  app.use("/login", noStore(), loadSession(deps));
  app.get("/login", (c) => {
    const session = c.get("session");
    if (session) return c.redirect(homeOf(session.user), 302);
    return c.html(loginPage({ csrf: loginCsrf(c, deps), next: safeNext(c.req.query("next")) }).value);
  });
  app.post("/login", async (c) => {
    const form = await formOf(c);
    if (!sameToken(getCookie(c, LOGIN_COOKIE), form["_csrf"])) throw new GongbaoError("csrf-failed", "登录表单已失效，请刷新页面后重试");
    const input = validate(Login, form);
    const key = limiterKey(input.username, clientAddress(c));
    const next = safeNext(input.next);
    if (limiter.blocked(key)) throw new GongbaoError("rate-limited", "登录失败次数过多，请 15 分钟后再试");
    const user = await verifyPassword(deps.db, input.username, input.password);
    if (!user) {
      limiter.fail(key);
      return c.html(loginPage({ csrf: loginCsrf(c, deps), next, username: input.username, error: "用户名或密码错误，或账号已停用。" }).value, 401);
    }
    limiter.succeed(key);
    const session = await createSession(deps.db, user.userId, nowOf(deps));
    setSessionCookie(c, deps, session.token, session.expiresAt);
    return c.redirect(next ?? homeOf(user), 303);
  });
  app.use("/logout", noStore(), loadSession(deps), requireSession(), checkCsrf());
  app.post("/logout", async (c) => {
    await endSession(deps.db, sessionOf(c).token);
    clearSessionCookie(c, deps);
    return c.redirect("/login", 303);
  });
  return app;
}
