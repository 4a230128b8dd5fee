/** SQLite through better-sqlite3: WAL, foreign keys on, a file under ./data by default. */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, SqliteDialect, type SqliteDatabase as KyselySqlite } from "kysely";
import type { Database } from "../schema.ts";

/** Prepared statements kept per connection; the oldest unused ones go first. */
const STATEMENT_CACHE = 256;

/**
 * The connection as Kysely sees it, with prepared statements reused: Kysely prepares every query
 * afresh, and preparing cost as much as running the small queries a page or an import makes.
 */
function withStatementCache(sqlite: SqliteDatabase.Database): KyselySqlite {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text) {
      const hit = cache.get(text);
      // A statement still being iterated (a streamed query) cannot run twice at once.
      if (hit && !hit.busy) {
        cache.delete(text);
        cache.set(text, hit);
        return hit;
      }
      const statement = sqlite.prepare(text);
      cache.set(text, statement);
      if (cache.size > STATEMENT_CACHE) cache.delete(cache.keys().next().value ?? "");
      return statement;
    },
  };
}

/** Opens (creating if needed) a SQLite database file, or an in-memory one for `:memory:`. */
export function openSqlite(path: string): Kysely<Database> {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  // With WAL, NORMAL cannot corrupt the database; it only skips an fsync per commit, which was a
  // tenth of the import time. A power cut may lose the last transactions, never half of one.
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  // The default 2 MB page cache re-read the same index pages from the file on every page view
  // of a large archive; 64 MB of cache and memory-mapped reads keep hot pages in memory.
  sqlite.pragma("cache_size = -65536");
  sqlite.pragma("mmap_size = 268435456");
  // Checkpoint the WAL every 40 MB instead of every 4 MB: an import rewrites the same FTS and
  // index pages many times, and a larger WAL copies each back to the file once, not once per
  // 4 MB (about 5% of the import time). Readers are unaffected; the WAL file may reach 40 MB.
  sqlite.pragma("wal_autocheckpoint = 10000");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}
