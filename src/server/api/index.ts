/** The JSON API under /api/v1 and its OpenAPI description. */
import { Hono } from "hono";
import type { AppDeps } from "../deps.ts";
import { issuesApi } from "./issues.ts";
import { documentsApi } from "./documents.ts";
import { orgsApi } from "./orgs.ts";
import { searchApi } from "./search.ts";
import { openApiDocument } from "./openapi.ts";

export { openApiDocument, OPENAPI_PATHS } from "./openapi.ts";
export * from "./presenters.ts";
export * from "./schemas.ts";
export * from "./params.ts";

/** All API routes, to be mounted at `/api`. */
export function apiRoutes(deps: AppDeps): Hono {
  const v1 = new Hono().route("/", issuesApi(deps)).route("/", documentsApi(deps)).route("/", orgsApi(deps)).route("/", searchApi(deps));
  return new Hono()
    .get("/openapi.json", (c) => c.json(openApiDocument(deps.config.baseUrl)))
    .route("/v1", v1);
}
