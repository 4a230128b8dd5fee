/** `/tracker/admin/users` (administrators) and `/tracker/audit` (administrators and supervisors, read-only). */
import { Hono } from "hono";
import { z } from "zod";
import { listOrgs } from "../../store/index.ts";
import { createUser, listAudit, listUsers, setUserActive } from "../../store/track/index.ts";
import { USER_ROLES, type UserRole } from "../../track/index.ts";
import type { AppDeps } from "../deps.ts";
import { id, validParams, validQuery } from "../http/validate.ts";
import { requireRole, SUPERVISING } from "./access.ts";
import { nowOf } from "./clock.ts";
import { validForm } from "./forms.ts";
import { trackerPaths } from "./paths.ts";
import { backTo, sendTrackerPage, viewerOf } from "./render.ts";
import { actorOf, sessionOf, type TrackerEnv } from "./session.ts";
import { auditPage, usersPage } from "./views/admin-view.ts";

const NewUser = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().max(200).default(""),
  role: z.enum(USER_ROLES as [UserRole, ...UserRole[]]),
  orgId: id.optional(),
});
const PAGE = 200;

/** Administration routes. */
export function adminRoutes(deps: AppDeps): Hono<TrackerEnv> {
  const { db } = deps;
  return new Hono<TrackerEnv>()
    .get("/tracker/admin/users", async (c) => {
      const session = sessionOf(c);
      requireRole(session, ["admin"]);
      const orgs = (await listOrgs(db)).map((o) => ({ id: o.id, name: o.name }));
      return sendTrackerPage(c, session, { title: "用户管理", current: trackerPaths.users(), body: usersPage(await listUsers(db), orgs, viewerOf(session)) });
    })
    .post("/tracker/admin/users", async (c) => {
      const session = sessionOf(c);
      requireRole(session, ["admin"]);
      const form = await validForm(c, NewUser);
      await createUser(db, { username: form.username, password: form.password, role: form.role, orgId: form.orgId ?? null, now: nowOf(deps), by: session.user.userId });
      return backTo(c, trackerPaths.users());
    })
    .post("/tracker/admin/users/:id/active", async (c) => {
      const { id: userId } = validParams(c, z.object({ id }));
      const session = sessionOf(c);
      requireRole(session, ["admin"]);
      const form = await validForm(c, z.object({ active: z.enum(["0", "1"]) }));
      await setUserActive(db, actorOf(session), { userId, active: form.active === "1", now: nowOf(deps) });
      return backTo(c, trackerPaths.users());
    })
    .get("/tracker/audit", async (c) => {
      const session = sessionOf(c);
      requireRole(session, SUPERVISING);
      const { before } = validQuery(c, z.object({ before: id.optional() }));
      const entries = await listAudit(db, { newestFirst: true, limit: PAGE, beforeId: before });
      const names = new Map((await listUsers(db)).map((u) => [u.userId, u.username]));
      const last = entries[entries.length - 1];
      return sendTrackerPage(c, session, { title: "审计日志", current: trackerPaths.audit(), body: auditPage(entries, names, entries.length === PAGE && last ? last.id : null) });
    });
}
