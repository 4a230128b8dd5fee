/** `/api/v1/issues`: the issue list and each issue as `gongbao/issue@1`. */
import { Hono } from "hono";
import { getIssue, listIssues } from "../../store/index.ts";
import { redactIssue } from "../../commands/index.ts";
import type { AppDeps } from "../deps.ts";
import { validParams, validQuery } from "../http/validate.ts";
import { IssuePath, IssueQuery, IssuesQuery } from "./params.ts";
import { presentIssueSummary } from "./presenters.ts";

/** Issue routes. */
export function issuesApi({ db, config }: AppDeps): Hono {
  return new Hono()
    .get("/issues", async (c) => {
      const { year } = validQuery(c, IssuesQuery);
      return c.json({ items: (await listIssues(db, { year })).map(presentIssueSummary) });
    })
    .get("/issues/:year/:number", async (c) => {
      const { year, number } = validParams(c, IssuePath);
      const { version } = validQuery(c, IssueQuery);
      const stored = await getIssue(db, { year, number, version });
      return c.json(redactIssue(stored.issue, config.showPersonalData));
    });
}
