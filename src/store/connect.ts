/**
 * Opens the database named by a URL: a SQLite file (the embedded default) or PostgreSQL
 * (`postgres://…`). Everything above this file speaks Kysely and never asks which it got,
 * except through {@link dialectOf} where the SQL really differs.
 */
import { Kysely } from "kysely";
import type { Database } from "./schema.ts";
import { openSqlite } from "./sqlite/open.ts";
import { openPostgres } from "./postgres/open.ts";

/** The two storage dialects. */
export type DialectName = "sqlite" | "postgres";

const dialects = new WeakMap<Kysely<Database>, DialectName>();

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

/** Which dialect a database opened by {@link connect} speaks. */
export function dialectOf(db: Kysely<Database>): DialectName {
  const name = dialects.get(db);
  if (!name) throw new Error("dialectOf: database was not opened by connect()");
  return name;
}
