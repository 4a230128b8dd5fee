/** `/orgs`, `/orgs/{id}` and `/chronicle`: organisations with their tasks, and the 大事记 timeline. */
import { Hono } from "hono";
import { z } from "zod";
import { getOrg, listEvents, listOrgs, orgDocuments } from "../../store/index.ts";
import type { AppDeps } from "../deps.ts";
import { id, validParams } from "../http/validate.ts";
import { orgPage, orgsIndex } from "../views/org-view.ts";
import { timeline } from "../views/chronicle-view.ts";
import { ROLE_LABELS } from "../views/format.ts";
import { html } from "../views/html.ts";
import { documentLink, paths } from "../urls.ts";
import { sendPage } from "./render.ts";
import { allTasks, storedTaskRow } from "./issue-links.ts";

/** Organisation and chronicle routes. */
export function orgSite({ db }: AppDeps): Hono {
  return new Hono()
    .get("/orgs", async (c) => sendPage(c, { title: "单位", body: orgsIndex(await listOrgs(db)) }))
    .get("/orgs/:id{[0-9]+}", async (c) => {
      const orgId = validParams(c, z.object({ id })).id;
      const org = await getOrg(db, orgId);
      const documents = await orgDocuments(db, orgId);
      const byId = new Map(documents.map((d) => [d.id, d]));
      const tasks = (await allTasks(db, { orgId })).map((task) => {
        const doc = byId.get(task.documentId);
        const roles = [...new Set(task.units.filter((u) => u.orgId === orgId).map((u) => ROLE_LABELS[u.role]))];
        return { ...storedTaskRow(task), roles, document: doc ? { title: doc.title ?? "（无标题）", href: documentLink(doc) } : undefined };
      });
      return sendPage(c, {
        title: org.name,
        body: orgPage(org, documents, tasks),
        canonical: paths.org(orgId),
        data: [
          { href: paths.orgTasksCsv(orgId), type: "text/csv", label: "任务（CSV）" },
          { href: paths.orgFeed(orgId), type: "application/atom+xml", label: "订阅（Atom）" },
          { href: `/api/v1/orgs/${orgId}`, type: "application/json", label: "数据（JSON）" },
        ],
      });
    })
    .get("/chronicle", async (c) => {
      const events = await listEvents(db);
      return sendPage(c, {
        title: "大事记",
        body: html`<h1>大事记</h1>${events.length === 0 ? html`<p>暂无大事记。</p>` : timeline(events.map((e) => ({ date: e.date, text: e.text, href: paths.document(e.documentId) })), "大事记")}`,
      });
    });
}
