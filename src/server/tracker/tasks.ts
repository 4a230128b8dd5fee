/** `/tracker/tasks/{id}`: the task page and what acts on a task — override, 办结, 销号, 督办. */
import { Hono } from "hono";
import { z } from "zod";
import { addSupervisionAction, listSupervisionActions, loadLedger, overrideLight, proposeCompletion, reviewCompletion } from "../../store/track/index.ts";
import { LIGHT_COLORS, type LightColor } from "../../track/index.ts";
import { GongbaoError } from "../../model/index.ts";
import type { AppDeps } from "../deps.ts";
import { id, validParams } from "../http/validate.ts";
import { hidden, requireRole, seesAll, SUPERVISING, visibleTask } from "./access.ts";
import { nowOf, todayOf } from "./clock.ts";
import { validForm } from "./forms.ts";
import { trackerPaths } from "./paths.ts";
import { backTo, sendTrackerPage, viewerOf } from "./render.ts";
import { actorOf, sessionOf, type TrackerEnv } from "./session.ts";
import { taskPage } from "./views/task-view.ts";
import { ActionForm } from "./units.ts";

const TaskPath = z.object({ id });
const Override = z.object({
  assignmentId: id.optional(),
  color: z.union([z.enum(LIGHT_COLORS as readonly LightColor[] as [LightColor, ...LightColor[]]), z.literal("clear")]),
  reason: z.string().max(2000).default(""),
});
const Propose = z.object({ note: z.string().max(2000).default(""), orgId: id.optional() });
const Review = z.object({ decision: z.enum(["accept", "return"]), comment: z.string().max(2000).optional() });

/** Task routes. */
export function taskRoutes(deps: AppDeps): Hono<TrackerEnv> {
  const { db } = deps;
  return new Hono<TrackerEnv>()
    .get("/tracker/tasks/:id", async (c) => {
      const { id: taskId } = validParams(c, TaskPath);
      const session = sessionOf(c);
      await visibleTask(db, session, taskId);
      const today = todayOf(deps);
      // A withdrawn task's page stays readable: its history is the record of what was done.
      const [task] = await loadLedger(db, { trackedTaskId: taskId, withdrawn: true }, today);
      if (!task) throw hidden();
      const supervising = seesAll(session);
      const own = session.user.orgId;
      const openUnits = new Set(supervising ? task.assignments.map((a) => a.orgId) : own === null ? [] : [own]);
      const actions = (await listSupervisionActions(db, { trackedTaskId: taskId })).filter((a) => supervising || a.orgId === own);
      const canPropose = session.user.role === "reporter" && task.standing !== "withdrawn" && (task.completionState === "none" || task.completionState === "returned")
        && task.assignments.some((a) => a.orgId === own && a.role !== "cooperating");
      return sendTrackerPage(c, session, {
        title: task.title,
        body: taskPage({ task, viewer: viewerOf(session), supervising, canPropose, openUnits, actions, today }),
      });
    })
    .post("/tracker/tasks/:id/override", async (c) => {
      const { id: taskId } = validParams(c, TaskPath);
      const session = sessionOf(c);
      requireRole(session, SUPERVISING);
      await visibleTask(db, session, taskId);
      const form = await validForm(c, Override);
      await overrideLight(db, actorOf(session), {
        trackedTaskId: taskId, assignmentId: form.assignmentId, color: form.color === "clear" ? null : form.color, reason: form.reason, now: nowOf(deps),
      });
      return backTo(c, trackerPaths.task(taskId));
    })
    .post("/tracker/tasks/:id/completion", async (c) => {
      const { id: taskId } = validParams(c, TaskPath);
      const session = sessionOf(c);
      requireRole(session, ["reporter", "admin"]);
      await visibleTask(db, session, taskId);
      const form = await validForm(c, Propose);
      const orgId = session.user.orgId ?? form.orgId;
      if (orgId === undefined) throw new GongbaoError("bad-request", "请选择申请办结的单位", { field: "orgId" });
      await proposeCompletion(db, actorOf(session), { trackedTaskId: taskId, orgId, note: form.note, now: nowOf(deps) });
      return backTo(c, trackerPaths.task(taskId), "completion");
    })
    .post("/tracker/tasks/:id/completion/review", async (c) => {
      const { id: taskId } = validParams(c, TaskPath);
      const session = sessionOf(c);
      requireRole(session, SUPERVISING);
      await visibleTask(db, session, taskId);
      const form = await validForm(c, Review);
      await reviewCompletion(db, actorOf(session), { trackedTaskId: taskId, decision: form.decision, comment: form.comment, now: nowOf(deps) });
      return backTo(c, trackerPaths.task(taskId), "completion");
    })
    .post("/tracker/tasks/:id/actions", async (c) => {
      const { id: taskId } = validParams(c, TaskPath);
      const session = sessionOf(c);
      requireRole(session, SUPERVISING);
      await visibleTask(db, session, taskId);
      const form = await validForm(c, ActionForm.extend({ orgId: id }));
      await addSupervisionAction(db, actorOf(session), { ...form, trackedTaskId: taskId, responseDue: form.responseDue ?? null, now: nowOf(deps) });
      return backTo(c, trackerPaths.task(taskId), "actions");
    });
}
