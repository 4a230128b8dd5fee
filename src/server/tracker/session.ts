/**
 * Sessions and CSRF for the tracker. The session token lives in an httpOnly, SameSite=Lax cookie
 * (Secure when the site is served over https); every state-changing request must also carry the
 * session's CSRF token, in the `_csrf` form field or the `X-CSRF-Token` header.
 */
import { timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { GongbaoError } from "../../model/index.ts";
import { findSession, type User } from "../../store/track/index.ts";
import type { Actor } from "../../track/index.ts";
import type { AppDeps } from "../deps.ts";
import { setResponseHeader } from "../http/headers.ts";
import { nowOf } from "./clock.ts";

/** The cookie that carries the session token. */
export const SESSION_COOKIE = "gongbao_session";

/** A signed-in user with the session's tokens. */
export interface Session {
  user: User;
  csrfToken: string;
  token: string;
}

/** The tracker's Hono environment: the session (null for the public) is set by {@link loadSession}. */
export type TrackerEnv = { Variables: { session: Session | null } };

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** True when the client wants JSON (a `.json` path or an Accept header asking for it). */
export function wantsJsonResponse(c: Context): boolean {
  return c.req.path.endsWith(".json") || /application\/json/u.test(c.req.header("Accept") ?? "");
}

/** Reads the session cookie and puts the live session (or null) on the context. */
export function loadSession({ db, ...deps }: AppDeps): MiddlewareHandler<TrackerEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const found = token ? await findSession(db, token, nowOf(deps)) : null;
    c.set("session", found && token ? { ...found, token } : null);
    await next();
  };
}

/** Anonymous visitors are sent to the login page (pages) or get a 401 (JSON, CSV, calendars, writes). */
export function requireSession(): MiddlewareHandler<TrackerEnv> {
  return async (c, next) => {
    if (c.get("session")) return next();
    const page = (c.req.method === "GET" || c.req.method === "HEAD") && !wantsJsonResponse(c) && !/\.(csv|ics)$/u.test(c.req.path);
    if (!page) throw new GongbaoError("unauthorized", "请先登录");
    const url = new URL(c.req.url);
    return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 302);
  };
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The form fields of a request (strings only; files are ignored). */
export async function formOf(c: Context): Promise<Record<string, string>> {
  const type = c.req.header("Content-Type") ?? "";
  if (!/application\/x-www-form-urlencoded|multipart\/form-data/u.test(type)) return {};
  const body = await c.req.parseBody();
  return Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === "string"));
}

/** Refuses a state-changing request whose CSRF token does not match the session's (403 `csrf-failed`). */
export function checkCsrf(): MiddlewareHandler<TrackerEnv> {
  return async (c, next) => {
    if (!UNSAFE.has(c.req.method)) return next();
    const session = c.get("session");
    const sent = c.req.header("X-CSRF-Token") ?? (await formOf(c))["_csrf"] ?? "";
    if (!session || !sent || !same(sent, session.csrfToken)) throw new GongbaoError("csrf-failed", "表单已失效或来源不明，请刷新页面后重试");
    return next();
  };
}

/** The session of a request that {@link requireSession} let through. */
export function sessionOf(c: Context<TrackerEnv>): Session {
  const session = c.get("session");
  if (!session) throw new GongbaoError("unauthorized", "请先登录");
  return session;
}

/** The actor the store checks roles against. */
export function actorOf(session: Session): Actor {
  return { userId: session.user.userId, role: session.user.role, orgId: session.user.orgId };
}

/** Sets the session cookie (Secure when the public base URL is https). */
export function setSessionCookie(c: Context, deps: AppDeps, token: string, expiresAt: string): void {
  // Max-Age, not Expires: the browser's clock, not the server's (or a test's), decides when it lapses.
  const maxAge = Math.max(0, Math.floor((Date.parse(expiresAt) - nowOf(deps).getTime()) / 1000));
  setCookie(c, SESSION_COOKIE, token, { path: "/", httpOnly: true, sameSite: "Lax", secure: deps.config.baseUrl.startsWith("https:"), maxAge });
}

/** Removes the session cookie. */
export function clearSessionCookie(c: Context, deps: AppDeps): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: deps.config.baseUrl.startsWith("https:") });
}

/** Marks tracker responses private: they must never sit in a shared cache. */
export function noStore(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    setResponseHeader(c, "Cache-Control", "private, no-store");
  };
}
