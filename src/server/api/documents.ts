/** `/api/v1/documents`: cursor pages of documents and each document whole. */
import { Hono } from "hono";
import { getDocument, listDocuments } from "../../store/index.ts";
import type { AppDeps } from "../deps.ts";
import { validParams, validQuery } from "../http/validate.ts";
import { DocumentsQuery, IdPath } from "./params.ts";
import { presentDocument, presentDocumentSummary } from "./presenters.ts";

/** The default page size of lists. */
export const DEFAULT_LIMIT = 20;

/** Document routes. */
export function documentsApi({ db, config }: AppDeps): Hono {
  return new Hono()
    .get("/documents", async (c) => {
      const q = validQuery(c, DocumentsQuery);
      const page = await listDocuments(db, {
        category: q.category, genre: q.genre, year: q.year, orgId: q.org, cursor: q.cursor, limit: q.limit ?? DEFAULT_LIMIT,
      });
      return c.json({ items: page.items.map((d) => presentDocumentSummary(d)), nextCursor: page.nextCursor });
    })
    .get("/documents/:id", async (c) => {
      const { id } = validParams(c, IdPath);
      return c.json(presentDocument(await getDocument(db, id), config.showPersonalData));
    });
}
