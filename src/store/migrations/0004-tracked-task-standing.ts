/**
 * A corrected text of an issue may delete a task; its tracked task is left on the old version as
 * an orphan (carry-over.ts) for a supervisor to decide on. `tracked_tasks.standing` records the
 * decision: `active` (every tracked task until then), `kept` (the supervisor keeps the orphan
 * under supervision) or `withdrawn` (撤销: it no longer counts anywhere, its history stays). A
 * column added with ALTER TABLE and a constant default reads the same on SQLite and PostgreSQL,
 * so one statement serves both dialects and existing rows become `active`.
 */
import type { Kysely } from "kysely";

/** Adds `tracked_tasks.standing`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("tracked_tasks").addColumn("standing", "text", (c) => c.notNull().defaultTo("active")).execute();
}

/** Drops the column again (SQLite has DROP COLUMN since 3.35; better-sqlite3 bundles a newer one). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("tracked_tasks").dropColumn("standing").execute();
}
