/** The public website's routes. */
import { Hono } from "hono";
import type { AppDeps } from "../deps.ts";
import { issueSite } from "./home.ts";
import { documentSite } from "./documents.ts";
import { orgSite } from "./orgs.ts";
import { searchSite } from "./search.ts";

/** All site pages, mounted at `/`. */
export function siteRoutes(deps: AppDeps): Hono {
  return new Hono().route("/", issueSite(deps)).route("/", documentSite(deps)).route("/", orgSite(deps)).route("/", searchSite(deps));
}
