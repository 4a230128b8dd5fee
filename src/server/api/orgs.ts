/** `/api/v1/orgs` and `/api/v1/tasks`: organisations, their documents and their tasks. */
import { Hono } from "hono";
import { getOrg, listOrgs, listTasks, orgDocuments } from "../../store/index.ts";
import type { AppDeps } from "../deps.ts";
import { validParams, validQuery } from "../http/validate.ts";
import { IdPath, OrgTasksQuery, TasksQuery } from "./params.ts";
import { presentOrg, presentOrgDetail, presentTask } from "./presenters.ts";
import { DEFAULT_LIMIT } from "./documents.ts";

/** Organisation and task routes. */
export function orgsApi({ db }: AppDeps): Hono {
  return new Hono()
    .get("/orgs", async (c) => c.json({ items: (await listOrgs(db)).map(presentOrg) }))
    .get("/orgs/:id", async (c) => {
      const { id } = validParams(c, IdPath);
      const org = await getOrg(db, id);
      return c.json(presentOrgDetail(org, await orgDocuments(db, id)));
    })
    .get("/orgs/:id/tasks", async (c) => {
      const { id } = validParams(c, IdPath);
      const q = validQuery(c, OrgTasksQuery);
      await getOrg(db, id); // an unknown organisation is a 404, not an empty list
      const page = await listTasks(db, { orgId: id, role: q.role, cursor: q.cursor, limit: q.limit ?? DEFAULT_LIMIT });
      return c.json({ items: page.items.map(presentTask), nextCursor: page.nextCursor });
    })
    .get("/tasks", async (c) => {
      const q = validQuery(c, TasksQuery);
      const page = await listTasks(db, { orgId: q.org, documentId: q.document, role: q.role, cursor: q.cursor, limit: q.limit ?? DEFAULT_LIMIT });
      return c.json({ items: page.items.map(presentTask), nextCursor: page.nextCursor });
    });
}
