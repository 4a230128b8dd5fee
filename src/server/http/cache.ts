/**
 * Caching for GETs: a short public max-age and an ETag hashed from the body, so a client that
 * revalidates with If-None-Match gets a 304 and no body. Error responses and responses marked
 * private or no-store are never cached.
 */
import { createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { setResponseHeader } from "./headers.ts";

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").map((tag) => tag.trim().replace(/^W\//u, "")).includes(etag);
}

/** The ETag of a body: what the middleware would hash, for handlers that still hold the text. */
export function bodyEtag(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** Adds Cache-Control and ETag to successful GET/HEAD responses and answers 304 when they match. */
export function caching(maxAgeSeconds: number): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return;
    // Private pages (the tracker) say so themselves and must never become publicly cacheable.
    if (/no-store|private/u.test(c.res.headers.get("Cache-Control") ?? "")) {
      setResponseHeader(c, "ETag", undefined);
      return;
    }
    if (c.res.status !== 200) {
      setResponseHeader(c, "ETag", undefined);
      c.header("Cache-Control", "no-store");
      return;
    }
    const known = c.res.headers.get("ETag");
    if (known !== null && !matches(c.req.header("If-None-Match"), known)) {
      // The handler hashed its own text (bodyEtag): reading the body back through clone() cost
      // more than rendering the page, and a fresh Response lost the server's fast write path.
      setResponseHeader(c, "Cache-Control", `public, max-age=${maxAgeSeconds}`);
      return;
    }
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    const etag = known ?? bodyEtag(body);
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
