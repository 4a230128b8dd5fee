/**
 * Test fixture for the tracker: a real database of one dialect with the gold issue imported and
 * tracked, four users (administrator, supervisor, reporters of two units), an app over it with a
 * clock the test sets, and agents that sign in through the real login form.
 */
import type { Hono } from "hono";
import type { Config } from "../../config/index.ts";
import { importAndTrack } from "../../commands/index.ts";
import { findOrgByName, migrate, type DialectName } from "../../store/index.ts";
import { openTestDatabase, type TestDatabase } from "../../store/test-databases.ts";
import { createUser } from "../../store/track/index.ts";
import { migrateSearch } from "../../search/index.ts";
import { createApp } from "../app.ts";
import { goldIssue, testConfig } from "../test-app.ts";
import { LoginLimiter } from "./rate-limit.ts";

/** The password every fixture user has. */
export const PASSWORD = "correct horse battery";

/** A client with a cookie jar (session and login cookies) and the session's CSRF token. */
export interface Agent {
  csrf: string;
  /** The cookies the client holds, by name. */
  jar: Map<string, string>;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  /** Posts a form; the CSRF token is added unless `csrf: false`. */
  post(path: string, form?: Record<string, string>, options?: { csrf?: boolean; headers?: Record<string, string> }): Promise<Response>;
}

/** The fixture. */
export interface TrackerFixture {
  t: TestDatabase;
  app: Hono;
  config: Config;
  clock: { now: Date };
  limiter: LoginLimiter;
  orgA: number;
  orgB: number;
  /** An anonymous client. */
  anonymous(): Agent;
  /** A client signed in as `username` (admin, duchashi, jiaotiju, caizhengju). */
  login(username: string, password?: string): Promise<Agent>;
}

function agent(app: Hono): Agent {
  const jar = new Map<string, string>();
  const send = async (path: string, init: RequestInit & { headers?: Record<string, string> }) => {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await app.request(path, { ...init, headers: { ...(cookie ? { Cookie: cookie } : {}), ...init.headers } });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (!name) continue;
      if (/Max-Age=0|expires=Thu, 01 Jan 1970/iu.test(line)) jar.delete(name);
      else jar.set(name, value.join("="));
    }
    return res;
  };
  const a: Agent = {
    jar,
    csrf: "",
    get: (path, headers = {}) => send(path, { headers }),
    post: (path, form = {}, options = {}) => {
      const body = new URLSearchParams({ ...(options.csrf === false ? {} : { _csrf: a.csrf }), ...form });
      return send(path, { method: "POST", body: body.toString(), headers: { "Content-Type": "application/x-www-form-urlencoded", ...options.headers } });
    },
  };
  return a;
}

/** The value of the first hidden `_csrf` field in a page. */
export function csrfIn(body: string): string {
  return /name="_csrf" value="([^"]+)"/u.exec(body)?.[1] ?? "";
}

/** Opens the fixture with the clock at `today` (midday in China). */
export async function openTrackerApp(dialect: DialectName, options: { today: string; config?: Partial<Config> }): Promise<TrackerFixture> {
  const t = await openTestDatabase(dialect);
  await migrate(t.db);
  await migrateSearch(t.db);
  const clock = { now: new Date(`${options.today}T12:00:00+08:00`) };
  await importAndTrack(t.db, goldIssue(), { today: options.today });
  const orgA = (await findOrgByName(t.db, "区教育体育局"))?.id ?? 0;
  const orgB = (await findOrgByName(t.db, "区财政局"))?.id ?? 0;
  const now = clock.now;
  const admin = await createUser(t.db, { username: "admin", password: PASSWORD, role: "admin", orgId: null, now });
  await createUser(t.db, { username: "duchashi", password: PASSWORD, role: "supervisor", orgId: null, now, by: admin.userId });
  await createUser(t.db, { username: "jiaotiju", password: PASSWORD, role: "reporter", orgId: orgA, now, by: admin.userId });
  await createUser(t.db, { username: "caizhengju", password: PASSWORD, role: "reporter", orgId: orgB, now, by: admin.userId });
  const config = testConfig(options.config);
  const limiter = new LoginLimiter(() => clock.now);
  const app = createApp({ db: t.db, config, clock: () => clock.now, loginLimiter: limiter });
  return {
    t, app, config, clock, limiter, orgA, orgB,
    anonymous: () => agent(app),
    async login(username, password = PASSWORD) {
      const a = agent(app);
      const form = await a.get("/login");
      a.csrf = csrfIn(await form.text());
      const res = await a.post("/login", { username, password });
      if (res.status !== 303) throw new Error(`login as ${username} answered ${res.status}`);
      const home = await a.get(res.headers.get("location") ?? "/tracker");
      a.csrf = csrfIn(await home.text());
      if (!a.csrf) throw new Error(`no CSRF token after login as ${username}`);
      return a;
    },
  };
}
