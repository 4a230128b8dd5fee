/**
 * The one error handler: a GongbaoError answers with its own status — as its JSON object under
 * /api, as a helpful page elsewhere. Anything unexpected is logged and becomes a bare 500.
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { HTTPException } from "hono/http-exception";
import { GongbaoError, isGongbaoError } from "../model/index.ts";
import { errorPage } from "./views/error-view.ts";

function asGongbaoError(error: unknown): GongbaoError {
  if (isGongbaoError(error)) return error;
  if (error instanceof HTTPException) {
    return error.status === 404
      ? new GongbaoError("not-found", "not found")
      : new GongbaoError(error.status < 500 ? "bad-request" : "internal", error.status < 500 ? error.message || "bad request" : "internal server error");
  }
  console.error("gongbao: unexpected error", error);
  return new GongbaoError("internal", "internal server error");
}

function wantsJson(c: Context): boolean {
  const path = c.req.path;
  // A script (fetch with Accept: application/json) gets JSON; a browser asks for text/html first.
  const accept = c.req.header("Accept") ?? "";
  return path.startsWith("/api/") || path.endsWith(".json") || (accept.includes("application/json") && !accept.includes("text/html"));
}

/** Renders any thrown value as the right response for the path. */
export function errorResponse(c: Context, thrown: unknown): Response {
  const error = asGongbaoError(thrown);
  if (error.status >= 500 && isGongbaoError(thrown)) console.error("gongbao:", error.describe());
  // 5xx messages may carry driver details meant for the operator, not the public.
  const shown = error.status >= 500 ? new GongbaoError(error.code, "internal server error") : error;
  c.header("Cache-Control", "no-store");
  const status = error.status as ContentfulStatusCode;
  if (wantsJson(c)) return c.json(shown.toJSON(), status);
  return c.html(errorPage(shown, c.req.query("q")).value, status);
}

/** The 404 for routes that do not exist. */
export function notFoundResponse(c: Context): Response {
  return errorResponse(c, new GongbaoError("not-found", `${c.req.path} does not exist`));
}
