/** `/tracker/orphans`: tracked tasks a correction left unmatched, and a supervisor's decision on each — withdraw (撤销) or keep. */
import { Hono } from "hono";
import { z } from "zod";
import { keepOrphan, listOrphans, withdrawOrphan } from "../../store/track/index.ts";
import type { AppDeps } from "../deps.ts";
import { id, validParams } from "../http/validate.ts";
import { requireRole, SUPERVISING } from "./access.ts";
import { nowOf } from "./clock.ts";
import { validForm } from "./forms.ts";
import { trackerPaths } from "./paths.ts";
import { backTo, sendTrackerPage, viewerOf } from "./render.ts";
import { actorOf, sessionOf, type TrackerEnv } from "./session.ts";
import { orphanPage } from "./views/orphan-view.ts";

const OrphanPath = z.object({ id });
const Decision = z.object({ decision: z.enum(["withdraw", "keep"]), reason: z.string().trim().min(1, "请说明理由").max(2000) });

/** Orphan routes (supervisors and administrators only). */
export function orphanRoutes(deps: AppDeps): Hono<TrackerEnv> {
  const { db } = deps;
  return new Hono<TrackerEnv>()
    .get("/tracker/orphans", async (c) => {
      const session = sessionOf(c);
      requireRole(session, SUPERVISING);
      return sendTrackerPage(c, session, { title: "更正后未匹配的任务", current: trackerPaths.orphans(), body: orphanPage(await listOrphans(db), viewerOf(session)) });
    })
    .post("/tracker/orphans/:id/decision", async (c) => {
      const { id: trackedTaskId } = validParams(c, OrphanPath);
      const session = sessionOf(c);
      requireRole(session, SUPERVISING);
      const form = await validForm(c, Decision);
      const input = { trackedTaskId, reason: form.reason, now: nowOf(deps) };
      await (form.decision === "withdraw" ? withdrawOrphan(db, actorOf(session), input) : keepOrphan(db, actorOf(session), input));
      return backTo(c, trackerPaths.orphans());
    });
}
