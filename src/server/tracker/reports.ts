/** `/tracker/duties/{id}/report` and `/tracker/reports/{id}/review`: filing, submitting and reviewing progress reports. */
import { Hono } from "hono";
import { z } from "zod";
import { fileReport, listReports, loadLedger, prefillReport, reviewReport, taskTargets } from "../../store/track/index.ts";
import type { AppDeps } from "../deps.ts";
import { id, validParams } from "../http/validate.ts";
import { hidden, requireRole, SUPERVISING, visibleDuty, visibleReport } from "./access.ts";
import { nowOf, todayOf } from "./clock.ts";
import { validForm } from "./forms.ts";
import { trackerPaths } from "./paths.ts";
import { backTo, sendTrackerPage, viewerOf } from "./render.ts";
import { actorOf, sessionOf, type TrackerEnv } from "./session.ts";
import { reportPage } from "./views/report-view.ts";

const IdPath = z.object({ id });
const ReportForm = z.object({
  workDone: z.string().default(""),
  problems: z.string().default(""),
  nextSteps: z.string().default(""),
  status: z.string().default("未开始"),
  evidenceUrl: z.string().optional(),
  intent: z.enum(["draft", "submit"]).default("draft"),
}).catchall(z.string());
const Review = z.object({ decision: z.enum(["accept", "return"]), comment: z.string().max(2000).optional() });
const FILERS = ["reporter", "admin"] as const;

/** Report routes. */
export function reportRoutes(deps: AppDeps): Hono<TrackerEnv> {
  const { db } = deps;
  return new Hono<TrackerEnv>()
    .get("/tracker/duties/:id/report", async (c) => {
      const { id: dutyId } = validParams(c, IdPath);
      const session = sessionOf(c);
      const duty = await visibleDuty(db, session, dutyId);
      const [task] = await loadLedger(db, { trackedTaskId: duty.trackedTaskId, withdrawn: true }, todayOf(deps));
      if (!task) throw hidden();
      const unit = [...task.assignments, ...task.formerAssignments].find((a) => a.orgId === duty.orgId)?.unit ?? "";
      // A unit a corrected text no longer names, or of a withdrawn task, may read its reports but files no more.
      const removed = task.standing === "withdrawn" || task.formerAssignments.some((a) => a.duties.some((d) => d.id === dutyId));
      const canFile = !removed && (FILERS as readonly string[]).includes(session.user.role);
      return sendTrackerPage(c, session, {
        title: `${duty.label}进展报告`,
        body: reportPage({
          duty, task, unit, reports: await listReports(db, dutyId), draft: await prefillReport(db, dutyId), targets: await taskTargets(db, duty.trackedTaskId),
          viewer: viewerOf(session), canFile, canReview: SUPERVISING.includes(session.user.role),
        }),
      });
    })
    .post("/tracker/duties/:id/report", async (c) => {
      const { id: dutyId } = validParams(c, IdPath);
      const session = sessionOf(c);
      requireRole(session, FILERS);
      await visibleDuty(db, session, dutyId);
      const form = await validForm(c, ReportForm);
      const today = todayOf(deps);
      const readings = Object.entries(form).flatMap(([key, value]) => {
        const m = /^reading-(\d{1,3})$/u.exec(key);
        return m ? [{ targetIndex: Number(m[1]), value: Number(value), date: today }] : [];
      });
      await fileReport(db, actorOf(session), {
        dutyId,
        content: { workDone: form.workDone, problems: form.problems, nextSteps: form.nextSteps, status: form.status, readings, evidenceUrl: form.evidenceUrl ?? null },
        submit: form.intent === "submit",
        now: nowOf(deps),
      });
      return backTo(c, trackerPaths.dutyReport(dutyId), "versions");
    })
    .post("/tracker/reports/:id/review", async (c) => {
      const { id: reportId } = validParams(c, IdPath);
      const session = sessionOf(c);
      requireRole(session, SUPERVISING);
      const owner = await visibleReport(db, session, reportId);
      const form = await validForm(c, Review);
      await reviewReport(db, actorOf(session), { reportId, decision: form.decision, comment: form.comment, now: nowOf(deps) });
      return backTo(c, trackerPaths.dutyReport(owner.dutyId), "versions");
    });
}
