/** `/` and `/issues…`: the home page, the issue index, and each issue like its printed masthead. */
import { Hono } from "hono";
import { z } from "zod";
import { getIssue, latestIssue, listDocuments, listIssues } from "../../store/index.ts";
import type { AppDeps } from "../deps.ts";
import { validParams, whole } from "../http/validate.ts";
import { homePage } from "../views/home-view.ts";
import { issuePage, issuesIndex } from "../views/issue-view.ts";
import { issueNo } from "../views/format.ts";
import { paths } from "../urls.ts";
import { sendPage } from "./render.ts";
import { tocLinks } from "./issue-links.ts";

const IssuePath = z.object({ year: whole, number: whole, version: whole.optional() });

/** Home and issue pages. */
export function issueSite({ db }: AppDeps): Hono {
  return new Hono()
    .get("/", async (c) => {
      const latest = await latestIssue(db);
      const links = latest ? await tocLinks(db, latest) : [];
      const recent = (await listDocuments(db, { limit: 10 })).items;
      return sendPage(c, { title: latest?.issue.publication.name ?? "首页", body: homePage(latest, links, recent), canonical: paths.home() });
    })
    .get("/issues", async (c) => sendPage(c, { title: "全部期刊", body: issuesIndex(await listIssues(db)) }))
    .get("/issues/:year{[0-9]+}/:number{[0-9]+}/v/:version{[0-9]+}", async (c) => {
      const { year, number, version } = validParams(c, IssuePath);
      const stored = await getIssue(db, { year, number, version });
      return sendPage(c, {
        title: `${stored.issue.publication.name ?? "政府公报"} ${year}年${issueNo(number)}（第${stored.version}版）`,
        body: issuePage(stored, await tocLinks(db, stored)),
        canonical: paths.issueVersion(year, number, stored.version),
      });
    })
    .get("/issues/:year{[0-9]+}/:number{[0-9]+}", async (c) => {
      const { year, number } = validParams(c, IssuePath);
      const stored = await getIssue(db, { year, number });
      return sendPage(c, {
        title: `${stored.issue.publication.name ?? "政府公报"} ${year}年${issueNo(number)}`,
        body: issuePage(stored, await tocLinks(db, stored)),
        canonical: paths.issue(year, number),
        data: [
          { href: paths.issueJson(year, number), type: "application/json", label: "本期数据（JSON）" },
          { href: paths.issueTasksCsv(year, number), type: "text/csv", label: "本期任务（CSV）" },
        ],
      });
    });
}
