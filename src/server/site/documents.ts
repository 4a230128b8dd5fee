/** Document pages: by id (`/d/{id}`), by 发文字号 (readable and ASCII-safe forms), and the list. */
import { Hono, type Context } from "hono";
import { z } from "zod";
import { GongbaoError } from "../../model/index.ts";
import { findDocumentsByNumber, findOrgByName, getDocument, listDocuments, type DocumentSummary } from "../../store/index.ts";
import { parseDocNumberQuery } from "../../search/index.ts";
import { redactDocument } from "../../commands/index.ts";
import type { AppDeps } from "../deps.ts";
import { id, validParams, validQuery, whole } from "../http/validate.ts";
import { documentPage } from "../views/document-view.ts";
import { documentList } from "../views/home-view.ts";
import { html } from "../views/html.ts";
import { paths, withQuery } from "../urls.ts";
import { sendPage } from "./render.ts";
import { allTasks, documentTaskRow, storedTaskRow } from "./issue-links.ts";

const ByNumber = z.object({ agency: z.string().min(1).max(60), year: whole, serial: whole });
// Schemas built once: zod compiles a schema on first use, and an inline z.object() per request
// recompiled it every time (a quarter of a document page's time).
const IdPath = z.object({ id });
const ListQuery = z.object({ cursor: z.string().max(500).optional() });

async function showDocument(c: Context, { db, config }: AppDeps, documentId: number): Promise<Response> {
  const stored = await getDocument(db, documentId);
  const document = redactDocument(stored.document, config.showPersonalData);
  const issuers = await Promise.all(document.issuers.map(async (name) => {
    const org = await findOrgByName(db, name);
    return { name, href: org ? paths.org(org.id) : null };
  }));
  const tasks = stored.current ? (await allTasks(db, { documentId })).map(storedTaskRow) : document.tasks.map(documentTaskRow);
  const y = stored.issueYear ?? 0;
  const n = stored.issueNumber ?? 0;
  const hasIssue = stored.issueYear !== null && stored.issueNumber !== null;
  return sendPage(c, {
    title: document.title ?? document.category ?? "文件",
    body: documentPage({
      stored, document, issuers, tasks,
      issueHref: hasIssue ? (stored.current ? paths.issue(y, n) : paths.issueVersion(y, n, stored.issueVersion)) : null,
      newerHref: !stored.current && hasIssue ? paths.issue(y, n) : null,
    }),
    canonical: paths.document(documentId),
    data: [
      { href: paths.documentJson(documentId), type: "application/json", label: "本文数据（JSON）" },
      ...(tasks.length > 0 ? [{ href: paths.documentTasksCsv(documentId), type: "text/csv", label: "任务（CSV）" }] : []),
      ...(tasks.length > 0 && stored.current && config.transparency ? [{ href: `/d/${documentId}/progress`, type: "text/html", label: "落实进展" }] : []),
    ],
  });
}

async function showByNumber(c: Context, deps: AppDeps, query: { agency: string | null; year: number | null; serial: number }, label: string) {
  const found = await findDocumentsByNumber(deps.db, { agency: query.agency ?? undefined, year: query.year ?? undefined, serial: query.serial });
  const [only] = found;
  if (!only) throw new GongbaoError("not-found", `没有发文字号为 ${label} 的文件`);
  if (found.length === 1) return showDocument(c, deps, only.id);
  return sendPage(c, { title: label, body: html`<h1>发文字号 ${label} 对应多份文件</h1>${documentList(found)}` });
}

/** Document routes. */
export function documentSite(deps: AppDeps): Hono {
  return new Hono()
    .get("/d/:id{[0-9]+}", async (c) => showDocument(c, deps, validParams(c, IdPath).id))
    .get("/documents/by-number/:agency/:year{[0-9]+}/:serial{[0-9]+}", async (c) => {
      const { agency, year, serial } = validParams(c, ByNumber);
      return showByNumber(c, deps, { agency, year, serial }, `${agency}〔${year}〕${serial}号`);
    })
    .get("/documents/:number", async (c) => {
      const text = c.req.param("number");
      const parsed = parseDocNumberQuery(text);
      if (!parsed) throw new GongbaoError("not-found", `“${text.slice(0, 60)}”不是发文字号`);
      return showByNumber(c, deps, parsed, text);
    })
    .get("/documents", async (c) => {
      const { cursor } = validQuery(c, ListQuery);
      const page = await listDocuments(deps.db, { cursor, limit: 30 });
      const items: DocumentSummary[] = page.items;
      return sendPage(c, {
        title: "全部文件",
        body: html`<h1>全部文件</h1>${documentList(items)}<nav class="pager" aria-label="翻页">${cursor ? html`<a href="${paths.documents()}">第一页</a> ` : ""}${page.nextCursor ? html`<a rel="next" href="${withQuery(paths.documents(), { cursor: page.nextCursor })}">下一页</a>` : ""}</nav>`,
      });
    });
}
