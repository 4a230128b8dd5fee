/** Data forms of pages: issue and document JSON (`gongbao/issue@1` shapes) and task tables as CSV. */
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { Issue } from "../../model/index.ts";
import { getDocument, getIssue, getOrg, orgDocuments, type StoredTask } from "../../store/index.ts";
import { redactDocument, redactIssue } from "../../commands/index.ts";
import type { AppDeps } from "../deps.ts";
import { id, validate, whole } from "../http/validate.ts";
import { allTasks } from "../site/issue-links.ts";
import { tasksCsv, type TaskCsvRow } from "./csv.ts";

const NumberedFile = (suffix: string) => z.string().regex(new RegExp(`^\\d{1,9}\\${suffix}$`, "u")).transform((s) => Number(s.slice(0, -suffix.length)));

function sendCsv(c: Context, body: string, filename: string): Response {
  c.header("Content-Type", "text/csv; charset=utf-8");
  c.header("Content-Disposition", `attachment; filename="${filename}"`);
  return c.body(body);
}

function issueTaskRows(issue: Issue): TaskCsvRow[] {
  return issue.documents.flatMap((doc) => doc.tasks.map((t) => ({
    document: doc.title ?? "", docNumber: doc.docNumber, path: t.path, title: t.title,
    lead: t.lead.map((u) => u.name), responsible: t.responsible.map((u) => u.name), cooperating: t.cooperating.map((u) => u.name),
    deadline: t.deadline, source: t.source,
  })));
}

function storedTaskRows(tasks: StoredTask[], documents: Map<number, { title: string | null; docNumber: string | null }>): TaskCsvRow[] {
  return tasks.map((t) => {
    const names = (role: string) => t.units.filter((u) => u.role === role).map((u) => u.name);
    const doc = documents.get(t.documentId);
    return {
      document: doc?.title ?? "", docNumber: doc?.docNumber ?? null, path: t.path, title: t.title,
      lead: names("lead"), responsible: names("responsible"), cooperating: names("cooperating"), deadline: t.deadline, source: t.source,
    };
  });
}

/** Export routes. */
export function exportRoutes({ db, config }: AppDeps): Hono {
  return new Hono()
    .get("/issues/:year{[0-9]+}/:file{[0-9]+\\.json}", async (c) => {
      const { year, file: number } = validate(z.object({ year: whole, file: NumberedFile(".json") }), c.req.param());
      const stored = await getIssue(db, { year, number });
      return c.json(redactIssue(stored.issue, config.showPersonalData));
    })
    .get("/issues/:year{[0-9]+}/:number{[0-9]+}/tasks.csv", async (c) => {
      const { year, number } = validate(z.object({ year: whole, number: whole }), c.req.param());
      const stored = await getIssue(db, { year, number });
      return sendCsv(c, tasksCsv(issueTaskRows(stored.issue)), `tasks-${year}-${number}.csv`);
    })
    .get("/d/:file{[0-9]+\\.json}", async (c) => {
      const { file: documentId } = validate(z.object({ file: NumberedFile(".json") }), c.req.param());
      const stored = await getDocument(db, documentId);
      return c.json(redactDocument(stored.document, config.showPersonalData));
    })
    .get("/d/:id{[0-9]+}/tasks.csv", async (c) => {
      const documentId = validate(z.object({ id }), c.req.param()).id;
      const stored = await getDocument(db, documentId);
      const tasks = await allTasks(db, { documentId });
      return sendCsv(c, tasksCsv(storedTaskRows(tasks, new Map([[documentId, stored]]))), `tasks-document-${documentId}.csv`);
    })
    .get("/orgs/:id{[0-9]+}/tasks.csv", async (c) => {
      const orgId = validate(z.object({ id }), c.req.param()).id;
      await getOrg(db, orgId);
      const docs = new Map((await orgDocuments(db, orgId)).map((d) => [d.id, d]));
      return sendCsv(c, tasksCsv(storedTaskRows(await allTasks(db, { orgId }), docs)), `tasks-org-${orgId}.csv`);
    });
}
