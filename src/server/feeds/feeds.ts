/** Atom feeds of new documents (all, by category, by organisation) and the sitemap. */
import { Hono, type Context } from "hono";
import { z } from "zod";
import { GongbaoError } from "../../model/index.ts";
import { getOrg, listDocuments, listIssues, listOrgs, orgDocuments, type DocumentSummary } from "../../store/index.ts";
import type { AppDeps } from "../deps.ts";
import { validate } from "../http/validate.ts";
import { documentLink, paths, withQuery } from "../urls.ts";
import { renderAtom, type AtomEntry } from "./atom.ts";
import { renderSitemap, type SitemapUrl } from "./sitemap.ts";

const FEED_SIZE = 50;

function sendXml(c: Context, body: string, type: string): Response {
  c.header("Content-Type", `${type}; charset=utf-8`);
  return c.body(body);
}

/** Feed and sitemap routes. */
export function feedRoutes({ db, config }: AppDeps): Hono {
  const abs = (path: string) => `${config.baseUrl}${path}`;
  const entry = (d: DocumentSummary): AtomEntry => ({
    url: abs(documentLink(d)),
    title: d.title ?? d.category ?? "文件",
    updated: d.date ?? `${d.issueYear ?? 1970}-01-01`,
    summary: [d.docNumber, d.issuers.join("、"), d.issueYear !== null ? `刊于${d.issueYear}年第${d.issueNumber ?? "?"}期` : null].filter(Boolean).join("　"),
    categories: [d.category, d.genre].filter((x): x is string => Boolean(x)),
    authors: d.issuers,
  });
  const feed = (c: Context, selfPath: string, pagePath: string, title: string, docs: DocumentSummary[]) =>
    sendXml(c, renderAtom({ selfUrl: abs(selfPath), pageUrl: abs(pagePath), title, subtitle: "政府公报刊载的文件", entries: docs.map(entry) }, new Date().toISOString()), "application/atom+xml");

  return new Hono()
    .get("/feeds/documents.atom", async (c) => feed(c, paths.documentsFeed(), paths.documents(), "政府公报：最新文件",
      (await listDocuments(db, { limit: FEED_SIZE })).items))
    .get("/feeds/category/:file{.+\\.atom}", async (c) => {
      const { file } = validate(z.object({ file: z.string().max(200) }), c.req.param());
      const category = file.slice(0, -".atom".length);
      const docs = (await listDocuments(db, { limit: FEED_SIZE, category })).items;
      if (docs.length === 0) throw new GongbaoError("not-found", `category ${category} has no documents`);
      return feed(c, paths.categoryFeed(category), withQuery(paths.search(), { q: category }), `政府公报：${category}`, docs);
    })
    .get("/feeds/orgs/:file{[0-9]+\\.atom}", async (c) => {
      const orgId = Number(c.req.param("file").slice(0, -".atom".length));
      const org = await getOrg(db, orgId);
      return feed(c, paths.orgFeed(orgId), paths.org(orgId), `政府公报：${org.name}`, (await orgDocuments(db, orgId)).slice(0, FEED_SIZE));
    })
    .get("/sitemap.xml", async (c) => {
      const urls: SitemapUrl[] = [paths.home(), paths.issues(), paths.documents(), paths.orgs(), paths.chronicle()].map((p) => ({ url: abs(p) }));
      for (const issue of await listIssues(db)) {
        if (issue.year !== null && issue.number !== null) urls.push({ url: abs(paths.issue(issue.year, issue.number)), lastmod: issue.date });
      }
      let cursor: string | undefined;
      do {
        const page = await listDocuments(db, { limit: 500, cursor });
        urls.push(...page.items.map((d) => ({ url: abs(documentLink(d)), lastmod: d.date })));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      urls.push(...(await listOrgs(db)).map((o) => ({ url: abs(paths.org(o.id)) })));
      return sendXml(c, renderSitemap(urls), "application/xml");
    });
}
