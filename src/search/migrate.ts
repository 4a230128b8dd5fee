/** The search index's own migrations, tracked apart from the store's. */
import { Migrator, type Migration, type MigrationProvider } from "kysely";
import { GongbaoError } from "../model/errors.ts";
import type { SearchDb } from "./dialect.ts";
import { dialectFor } from "./dialect-name.ts";
import { postgresSearchMigrations } from "./postgres/postgres-migrations.ts";
import { sqliteSearchMigrations } from "./sqlite/sqlite-migrations.ts";

/** Creates or upgrades the search tables; safe to call on every start. */
export async function migrateSearch(db: SearchDb): Promise<void> {
  const migrations = dialectFor(db) === "postgres" ? postgresSearchMigrations : sqliteSearchMigrations;
  const provider: MigrationProvider = { getMigrations: async (): Promise<Record<string, Migration>> => migrations };
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: "search_migration",
    migrationLockTableName: "search_migration_lock",
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new GongbaoError("database-error", `search migration ${failed} failed: ${String(error)}`, {}, { cause: error });
  }
}
