/**
 * An in-process cache of rendered public responses (HTML pages, API JSON, feeds and exports).
 * A gazette's pages only change when data is written, so a page is rendered once per data
 * version and then served from memory: the document page otherwise costs about 1.3 ms of
 * queries, re-validation and rendering per request.
 *
 * The data version is this process's write counter (bumped by imports and tracker changes as
 * they commit) plus the database's own version, re-read at most once per `recheckMs` so that
 * an import run by another process (the CLI) shows within that time. When it changes, the
 * whole cache is dropped. Each app has its own cache, so its settings (showPersonalData, the
 * base URL) are part of every entry's context without being in the key.
 *
 * Never cached: anything but GET; the tracker, sign-in and the transparency progress pages
 * (personal, or dated by today's clock); search results (too many distinct queries to be worth
 * the memory, and they have their own budget); any response that is not a 200, sets a cookie or
 * says private/no-store.
 */
import type { MiddlewareHandler } from "hono";
import type { Kysely } from "kysely";
import { localDataVersion, storedDataVersion, type Database } from "../../store/index.ts";
import { bodyEtag } from "./cache.ts";
import { setResponseHeader } from "./headers.ts";
import { ByteLru } from "./lru.ts";

interface Entry {
  body: Uint8Array;
  headers: Array<[string, string]>;
  bytes: number;
}

/** Options of {@link pageCache}. */
export interface PageCacheOptions {
  /** Upper bound of the bodies (and keys) held; the least recently used go first. */
  maxBytes?: number;
  /** How long the database's version is trusted before it is read again. */
  recheckMs?: number;
}

const UNCACHED = /^\/(?:tracker(?:\/|\.|$)|login$|logout$|search$|api\/v1\/search$|d\/[0-9]+\/progress$)/u;

/** True for the paths whose GET responses are the same for everyone until the data changes. */
export function isCacheablePath(path: string): boolean {
  return !UNCACHED.test(path);
}

/** Tracks the data version: the local write count and the database's version, polled. */
class DataVersion {
  private stored = "";
  private checkedAt = Number.NEGATIVE_INFINITY;
  private pending: Promise<void> | undefined;

  constructor(private readonly db: Kysely<Database>, private readonly recheckMs: number) {}

  async current(): Promise<string> {
    if (performance.now() - this.checkedAt >= this.recheckMs) {
      // Concurrent requests share one read instead of each querying the database.
      this.pending ??= storedDataVersion(this.db).then((stored) => {
        this.stored = stored;
        this.checkedAt = performance.now();
      }).finally(() => {
        this.pending = undefined;
      });
      await this.pending;
    }
    return this.known();
  }

  /** The version as last read, without asking the database. */
  known(): string {
    return `${localDataVersion()}:${this.stored}`;
  }
}

/** The middleware: answers cacheable GETs from memory, and remembers the ones it renders. */
export function pageCache(db: Kysely<Database>, options: PageCacheOptions = {}): MiddlewareHandler {
  const lru = new ByteLru<Entry>(options.maxBytes ?? 64 * 1024 * 1024);
  const versions = new DataVersion(db, options.recheckMs ?? 1000);
  let cachedVersion = "";
  return async (c, next) => {
    if (c.req.method !== "GET" || !isCacheablePath(c.req.path)) return next();
    const version = await versions.current();
    if (version !== cachedVersion) {
      lru.clear();
      cachedVersion = version;
    }
    const query = c.req.url.indexOf("?");
    const key = query < 0 ? c.req.path : `${c.req.path}${c.req.url.slice(query)}`;
    const hit = lru.get(key);
    if (hit) return new Response(hit.body, { status: 200, headers: hit.headers });

    await next();
    const res = c.res;
    if (res.status !== 200 || res.headers.has("Set-Cookie")) return;
    if (/no-store|private/u.test(res.headers.get("Cache-Control") ?? "")) return;
    // Written meanwhile: this page may show the old data, so it must not outlive the version.
    if (versions.known() !== version) return;
    const body = new Uint8Array(await res.clone().arrayBuffer());
    if (!res.headers.has("ETag")) setResponseHeader(c, "ETag", bodyEtag(body));
    const headers = [...c.res.headers.entries()];
    const bytes = body.byteLength + key.length * 2 + headers.reduce((n, [k, v]) => n + k.length + v.length, 0);
    lru.set(key, { body, headers, bytes });
  };
}
