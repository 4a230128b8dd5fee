/**
 * The supervision ledger's web UI (督查督办): login, the cockpit, task, unit and report pages,
 * supervision, bulletins, assessment, orphans of corrections, calendars, administration — and the
 * public progress pages.
 * Every `/tracker` route runs behind the session, no-store and CSRF middleware.
 */
import { Hono, type Context } from "hono";
import type { AppDeps } from "../deps.ts";
import { adminRoutes } from "./admin.ts";
import { assessmentRoutes } from "./assessment.ts";
import { bulletinRoutes } from "./bulletins.ts";
import { cockpitRoutes } from "./cockpit.ts";
import { loginRoutes } from "./login.ts";
import { orphanRoutes } from "./orphans.ts";
import { progressRoutes } from "./progress.ts";
import { LoginLimiter } from "./rate-limit.ts";
import { reportRoutes } from "./reports.ts";
import { checkCsrf, loadSession, noStore, requireSession, type TrackerEnv } from "./session.ts";
import { taskRoutes } from "./tasks.ts";
import { unitRoutes } from "./units.ts";

export { LoginLimiter, limiterKey } from "./rate-limit.ts";
export { trackerPaths, homeOf, safeNext } from "./paths.ts";
export { SESSION_COOKIE, type Session, type TrackerEnv } from "./session.ts";

const CALENDAR = /^\/tracker\/units\/\d+\/calendar\.ics$/u;

/** All tracker routes and the public progress pages, mounted at `/`. */
export function trackerRoutes(deps: AppDeps): Hono {
  const limiter = deps.loginLimiter ?? new LoginLimiter(deps.clock);
  const app = new Hono<TrackerEnv>();
  const session = requireSession();
  // Calendar clients cannot sign in: with transparency on, the feed is public (see units.ts).
  const guarded = (c: Context<TrackerEnv>, next: () => Promise<void>) => (deps.config.transparency && c.req.method === "GET" && CALENDAR.test(c.req.path) ? next() : session(c, next));
  for (const path of ["/tracker", "/tracker/*"]) app.use(path, noStore(), loadSession(deps), guarded, checkCsrf());
  app.route("/", loginRoutes(deps, limiter));
  app.route("/", cockpitRoutes(deps));
  app.route("/", taskRoutes(deps));
  app.route("/", unitRoutes(deps));
  app.route("/", reportRoutes(deps));
  app.route("/", bulletinRoutes(deps));
  app.route("/", assessmentRoutes(deps));
  app.route("/", orphanRoutes(deps));
  app.route("/", adminRoutes(deps));
  return new Hono().route("/", app).route("/", progressRoutes(deps));
}
