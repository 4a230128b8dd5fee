/**
 * Caching for GETs: a short public max-age and an ETag hashed from the body, so a client that
 * revalidates with If-None-Match gets a 304 and no body. Error responses are never cached.
 */
import { createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").map((tag) => tag.trim().replace(/^W\//u, "")).includes(etag);
}

/** Adds Cache-Control and ETag to successful GET/HEAD responses and answers 304 when they match. */
export function caching(maxAgeSeconds: number): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return;
    if (c.res.status !== 200) {
      c.header("Cache-Control", "no-store");
      return;
    }
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
    const headers = new Headers(c.res.headers);
    headers.set("ETag", etag);
    headers.set("Cache-Control", `public, max-age=${maxAgeSeconds}`);
    const notModified = matches(c.req.header("If-None-Match"), etag);
    if (notModified) {
      headers.delete("Content-Type");
      headers.delete("Content-Length");
    }
    // Clear first: assigning over an existing response would merge the old headers back in.
    c.res = undefined;
    c.res = notModified ? new Response(null, { status: 304, headers }) : new Response(body, { status: 200, headers });
  };
}
