/** Setting a header on a response a handler already returned, without rebuilding it. */
import type { Context } from "hono";

/**
 * Sets (or, given undefined, deletes) a header on `c.res` in place. Hono's `c.header()` after the handler rebuilds the Response
 * from its body stream, which turns every page into a streamed write (a third of the time of a
 * document page); immutable headers (a fetched Response) still take that path.
 */
export function setResponseHeader(c: Context, name: string, value: string | undefined): void {
  try {
    if (value === undefined) c.res.headers.delete(name);
    else c.res.headers.set(name, value);
  } catch {
    c.header(name, value);
  }
}
