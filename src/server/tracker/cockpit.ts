/** `/tracker`: the supervisors' cockpit, with how many orphans of corrections await a decision; a unit reporter is sent to the unit's own page. */
import { Hono } from "hono";
import { cockpit, listOrphans } from "../../store/track/index.ts";
import type { AppDeps } from "../deps.ts";
import { requireRole, SUPERVISING } from "./access.ts";
import { todayOf } from "./clock.ts";
import { homeOf, trackerPaths } from "./paths.ts";
import { sendTrackerPage } from "./render.ts";
import { sessionOf, type TrackerEnv } from "./session.ts";
import { cockpitPage } from "./views/cockpit-view.ts";

/** The cockpit route. */
export function cockpitRoutes(deps: AppDeps): Hono<TrackerEnv> {
  return new Hono<TrackerEnv>().get("/tracker", async (c) => {
    const session = sessionOf(c);
    if (session.user.role === "reporter") return c.redirect(homeOf(session.user), 302);
    requireRole(session, SUPERVISING);
    const today = todayOf(deps);
    return sendTrackerPage(c, session, { title: "督查驾驶舱", current: trackerPaths.cockpit(), body: cockpitPage(await cockpit(deps.db, today), today, (await listOrphans(deps.db)).length) });
  });
}
