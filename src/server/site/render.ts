/** Sends a page in the site frame. */
import type { Context } from "hono";
import { bodyEtag } from "../http/cache.ts";
import { layout, type PageOptions } from "../views/layout.ts";

/** Responds with a full HTML page, its ETag computed here from the text (see http/cache.ts). */
export function sendPage(c: Context, page: PageOptions): Response {
  const text = layout(page).value;
  return c.html(text, 200, { ETag: bodyEtag(text) });
}
