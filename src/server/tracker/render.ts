/** Sending tracker pages: the viewer from the session, the frame around the body. */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { HtmlValue } from "../views/html.ts";
import type { Session } from "./session.ts";
import { trackerLayout, type Viewer } from "./views/frame.ts";

/** What the frame needs to know of the signed-in user. */
export function viewerOf(session: Session): Viewer {
  return { username: session.user.username, role: session.user.role, orgId: session.user.orgId, csrfToken: session.csrfToken };
}

/** Responds with a tracker page. */
export function sendTrackerPage(c: Context, session: Session, page: { title: string; body: HtmlValue; current?: string; status?: ContentfulStatusCode }): Response {
  return c.html(trackerLayout({ title: page.title, body: page.body, viewer: viewerOf(session), current: page.current }).value, page.status ?? 200);
}

/** After a successful form post: back to a page (303, so a reload does not post again). */
export function backTo(c: Context, path: string, fragment?: string): Response {
  return c.redirect(`${path}${fragment ? `#${fragment}` : ""}`, 303);
}
