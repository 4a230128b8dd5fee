/** `/api/v1/search`: the site's search as JSON. */
import { Hono } from "hono";
import { searchIndex } from "../../search/index.ts";
import type { AppDeps } from "../deps.ts";
import { validQuery } from "../http/validate.ts";
import { ApiSearchParams, toSearchQuery } from "./params.ts";
import { presentSearch } from "./presenters.ts";

/** Search route. */
export function searchApi({ db }: AppDeps): Hono {
  return new Hono().get("/search", async (c) => {
    const params = validQuery(c, ApiSearchParams);
    return c.json(presentSearch(await searchIndex(db).search(toSearchQuery(params))));
  });
}
