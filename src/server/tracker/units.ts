/**
 * A unit's pages: its dashboard, supervision sent to it and its answers, and its calendar feed.
 * The calendar is public while transparency is on (it holds only published deadlines and the
 * reporting calendar — no report text, no names); with transparency off it needs a session
 * that may see the unit, since the feed is then treated like the unit's other pages.
 */
import { Hono, type Context } from "hono";
import { z } from "zod";
import { addSupervisionAction, calendarEvents, listSupervisionActions, respondToAction, unitDashboard } from "../../store/track/index.ts";
import { getOrg } from "../../store/index.ts";
import { icalendar, isIsoDate } from "../../track/index.ts";
import type { AppDeps } from "../deps.ts";
import { id, validParams } from "../http/validate.ts";
import { requireRole, requireUnitView, seesAll, SUPERVISING, visibleAction } from "./access.ts";
import { nowOf, todayOf } from "./clock.ts";
import { validForm } from "./forms.ts";
import { trackerPaths } from "./paths.ts";
import { backTo, sendTrackerPage, viewerOf } from "./render.ts";
import { actorOf, sessionOf, type TrackerEnv } from "./session.ts";
import { unitPage } from "./views/unit-view.ts";

/** A reminder or order as posted. */
export const ActionForm = z.object({
  kind: z.enum(["reminder", "order"]),
  message: z.string().max(5000).default(""),
  responseDue: z.string().refine(isIsoDate, "不是有效日期").optional(),
});
const OrgPath = z.object({ orgId: id });
const Response = z.object({ response: z.string().max(5000).default("") });

/** The iCalendar feed of a unit (authorisation decided by the caller). */
export async function calendarResponse(c: Context, deps: AppDeps, orgId: number): Promise<Response> {
  const org = await getOrg(deps.db, orgId);
  const events = await calendarEvents(deps.db, orgId, todayOf(deps), (taskId) => `${deps.config.baseUrl}${trackerPaths.task(taskId)}`);
  const body = icalendar({ name: `${org.name} 督查督办日历`, events, now: nowOf(deps) });
  return c.body(body, 200, { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `inline; filename="org-${orgId}.ics"` });
}

/** Unit routes. */
export function unitRoutes(deps: AppDeps): Hono<TrackerEnv> {
  const { db } = deps;
  return new Hono<TrackerEnv>()
    .get("/tracker/units/:orgId/calendar.ics", async (c) => {
      const { orgId } = validParams(c, OrgPath);
      if (!deps.config.transparency) requireUnitView(sessionOf(c), orgId);
      return calendarResponse(c, deps, orgId);
    })
    .get("/tracker/units/:orgId", async (c) => {
      const { orgId } = validParams(c, OrgPath);
      const session = sessionOf(c);
      requireUnitView(session, orgId);
      const today = todayOf(deps);
      const board = await unitDashboard(db, orgId, today);
      const actions = await listSupervisionActions(db, { orgId });
      return sendTrackerPage(c, session, {
        title: board.org.name,
        current: trackerPaths.unit(orgId),
        body: unitPage({ board, actions, viewer: viewerOf(session), supervising: seesAll(session), today, calendarHref: trackerPaths.unitCalendar(orgId) }),
      });
    })
    .post("/tracker/units/:orgId/actions", async (c) => {
      const { orgId } = validParams(c, OrgPath);
      const session = sessionOf(c);
      requireRole(session, SUPERVISING);
      const form = await validForm(c, ActionForm);
      await addSupervisionAction(db, actorOf(session), { ...form, orgId, responseDue: form.responseDue ?? null, now: nowOf(deps) });
      return backTo(c, trackerPaths.unit(orgId), "history");
    })
    .post("/tracker/actions/:id/response", async (c) => {
      const { id: actionId } = validParams(c, z.object({ id }));
      const session = sessionOf(c);
      requireRole(session, ["reporter", "admin"]);
      const owner = await visibleAction(db, session, actionId);
      const form = await validForm(c, Response);
      await respondToAction(db, actorOf(session), { actionId, response: form.response, now: nowOf(deps) });
      return backTo(c, trackerPaths.unit(owner.orgId), "answer");
    });
}
