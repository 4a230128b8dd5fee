/** Feeds, the sitemap and the downloadable data forms (JSON, CSV). */
import { Hono } from "hono";
import type { AppDeps } from "../deps.ts";
import { exportRoutes } from "./exports.ts";
import { feedRoutes } from "./feeds.ts";

export { csvCell, toCsv, tasksCsv, TASK_COLUMNS, type TaskCsvRow } from "./csv.ts";
export { renderAtom, atomTime, type AtomFeed, type AtomEntry } from "./atom.ts";
export { renderSitemap, type SitemapUrl } from "./sitemap.ts";

/** All feed and export routes, mounted at `/`. */
export function dataRoutes(deps: AppDeps): Hono {
  return new Hono().route("/", exportRoutes(deps)).route("/", feedRoutes(deps));
}
