/** `/search`: full-text search with filters, facets, highlighted snippets and paging. */
import { Hono } from "hono";
import { searchIndex } from "../../search/index.ts";
import type { AppDeps } from "../deps.ts";
import { validQuery } from "../http/validate.ts";
import { SearchParams, toSearchQuery } from "../api/params.ts";
import { searchPage } from "../views/search-view.ts";
import { sendPage } from "./render.ts";

/** Search route; unusable text is a 400 page (from the search's own bad-request), never a 500. */
export function searchSite({ db }: AppDeps): Hono {
  return new Hono().get("/search", async (c) => {
    const params = validQuery(c, SearchParams);
    const q = params.q?.trim();
    if (!q) return sendPage(c, { title: "搜索", body: searchPage(params, null) });
    const result = await searchIndex(db).search(toSearchQuery({ ...params, q }));
    return sendPage(c, { title: `搜索：${q}`, query: q, body: searchPage(params, result) });
  });
}
