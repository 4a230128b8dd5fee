/** The web application: site pages, the JSON API, feeds and exports, the tracker, behind one error handler. */
import { Hono } from "hono";
import type { AppDeps } from "./deps.ts";
import { errorResponse, notFoundResponse } from "./errors.ts";
import { caching } from "./http/cache.ts";
import { pageCache } from "./http/page-cache.ts";
import { setResponseHeader } from "./http/headers.ts";
import { apiRoutes } from "./api/index.ts";
import { siteRoutes } from "./site/index.ts";
import { dataRoutes } from "./feeds/index.ts";
import { trackerRoutes } from "./tracker/index.ts";

/** Builds the Hono app over a database and the settings (and an optional clock for tests). */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.onError((error, c) => errorResponse(c, error));
  app.notFound(notFoundResponse);
  app.use("*", async (c, next) => {
    await next();
    setResponseHeader(c, "X-Content-Type-Options", "nosniff");
    setResponseHeader(c, "Referrer-Policy", "same-origin");
  });
  app.use("*", caching(60));
  // Inside caching(): a page served from memory still gets its Cache-Control and 304 handling.
  app.use("*", pageCache(deps.db));
  app.route("/api", apiRoutes(deps));
  app.route("/", trackerRoutes(deps));
  // Data forms first: `/d/1.json` must not reach the page route for `/d/{id}`.
  app.route("/", dataRoutes(deps));
  app.route("/", siteRoutes(deps));
  return app;
}
