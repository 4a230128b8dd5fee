/** Opening the configured database with its schema (store and search) migrated. */
import type { Kysely } from "kysely";
import { migrateSearch } from "../search/index.ts";
import { connect, migrate, type Database } from "../store/index.ts";

/** Connects to `url` and brings both schemas up to date. */
export async function openDatabase(url: string): Promise<Kysely<Database>> {
  const db = connect(url);
  await migrate(db);
  await migrateSearch(db);
  return db;
}
