/** `/tracker/bulletins`: the 督查通报 for a period, as a page and as `gongbao/issue@1` Document JSON. */
import { Hono, type Context } from "hono";
import { z } from "zod";
import { ledgerBulletin } from "../../commands/index.ts";
import { GongbaoError } from "../../model/index.ts";
import { daysBetween, isIsoDate, periodOf } from "../../track/index.ts";
import type { AppDeps } from "../deps.ts";
import { validQuery } from "../http/validate.ts";
import { requireRole, SUPERVISING } from "./access.ts";
import { todayOf } from "./clock.ts";
import { trackerPaths } from "./paths.ts";
import { sendTrackerPage } from "./render.ts";
import { sessionOf, type TrackerEnv } from "./session.ts";
import { bulletinPage } from "./views/bulletin-view.ts";

const date = z.string().refine(isIsoDate, "不是有效日期");
const Period = z.object({ from: date.optional(), to: date.optional() });

function periodOfRequest(c: Context, today: string): { from: string; to: string } {
  const q = validQuery(c, Period);
  const quarter = periodOf(today, "quarter");
  const from = q.from ?? quarter.start;
  const to = q.to ?? quarter.end;
  if (from > to) throw new GongbaoError("bad-request", "开始日期不能晚于结束日期", { field: "from" });
  if (daysBetween(from, to) > 366 * 3) throw new GongbaoError("bad-request", "通报期间不能超过三年", { field: "to" });
  return { from, to };
}

/** Bulletin routes (supervisors). */
export function bulletinRoutes(deps: AppDeps): Hono<TrackerEnv> {
  const build = async (c: Context<TrackerEnv>) => {
    requireRole(sessionOf(c), SUPERVISING);
    const today = todayOf(deps);
    const period = periodOfRequest(c, today);
    return { period, doc: await ledgerBulletin(deps.db, { ...period, today }) };
  };
  return new Hono<TrackerEnv>()
    .get("/tracker/bulletins.json", async (c) => c.json((await build(c)).doc))
    .get("/tracker/bulletins", async (c) => {
      const { period, doc } = await build(c);
      return sendTrackerPage(c, sessionOf(c), { title: doc.title ?? "督查通报", current: trackerPaths.bulletins(), body: bulletinPage(doc, period) });
    });
}
