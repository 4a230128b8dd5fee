/** Sends a page in the site frame. */
import type { Context } from "hono";
import { layout, type PageOptions } from "../views/layout.ts";

/** Responds with a full HTML page. */
export function sendPage(c: Context, page: PageOptions): Response {
  return c.html(layout(page).value);
}
