/**
 * Brings the schema up to date with Kysely's Migrator. The store keeps its own migration tables
 * (`store_migration*`) so that other parts of gongbao (e.g. search) can run their own migrators
 * on the same database without seeing each other's history.
 */
import { Migrator, type Kysely } from "kysely";
import type { Database } from "./schema.ts";
import { migrationProvider } from "./migrations/index.ts";
import { storeError } from "./errors.ts";

/** Name of the table recording which store migrations have run. */
export const MIGRATION_TABLE = "store_migration";

/** Applies every pending migration; a no-op when the schema is current. Returns the names applied. */
export async function migrate(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: `${MIGRATION_TABLE}_lock`,
  });
  let outcome;
  try {
    outcome = await migrator.migrateToLatest();
  } catch (error) {
    throw storeError(error, "migrating the database");
  }
  const { error, results = [] } = outcome;
  if (error) {
    const failed = results.find((r) => r.status === "Error")?.migrationName ?? "(setup)";
    throw storeError(error, `migration ${failed}`);
  }
  return results.filter((r) => r.status === "Success").map((r) => r.migrationName);
}
