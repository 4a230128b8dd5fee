/** PostgreSQL through node-postgres with a small pool. */
import pg from "pg";
import { Kysely, PostgresDialect } from "kysely";
import type { Database } from "../schema.ts";

/** Opens a pooled connection to the PostgreSQL database at `url`. */
export function openPostgres(url: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
