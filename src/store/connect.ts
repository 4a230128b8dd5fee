/**
 * Opens the database named by a URL: a SQLite file (the embedded default) or PostgreSQL
 * (`postgres://…`). Everything above this file speaks Kysely and never asks which it got,
 * except through {@link dialectOf} where the SQL really differs.
 */
import { PostgresAdapter, SqliteAdapter, type Kysely } from "kysely";
import type { Database } from "./schema.ts";
import { openSqlite } from "./sqlite/open.ts";
import { openPostgres } from "./postgres/open.ts";

/** The two storage dialects. */
export type DialectName = "sqlite" | "postgres";

const dialects = new WeakMap<object, DialectName>();

/** True when a URL names a PostgreSQL server. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//u.test(url);
}

/** Opens a database; `url` is a file path / `sqlite:` URL / `:memory:`, or a postgres URL. */
export function connect(url: string): Kysely<Database> {
  const name: DialectName = isPostgresUrl(url) ? "postgres" : "sqlite";
  const db = name === "postgres" ? openPostgres(url) : openSqlite(url.replace(/^sqlite:(\/\/)?/u, ""));
  dialects.set(db, name);
  return db;
}

/** Which dialect a database (or a transaction or migration handle on one) speaks. */
export function dialectOf<DB>(db: Kysely<DB>): DialectName {
  const name = dialects.get(db);
  if (name) return name;
  // A Transaction is a new Kysely object, so the map misses it; its adapter still tells.
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) return "sqlite";
  if (adapter instanceof PostgresAdapter) return "postgres";
  throw new Error("dialectOf: database was not opened by connect()");
}
