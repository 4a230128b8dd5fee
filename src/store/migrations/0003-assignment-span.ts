/**
 * A corrected gazette text may name a unit a task did not name before, or stop naming one. An
 * assignment therefore records when its unit was named (`named_on`, null for units named from
 * the start): no duties are owed for periods that ended before. A unit no longer named keeps its
 * assignment — its duties and reports are history supervisors still read — with the date it
 * stopped being named (`removed_on`); it no longer counts as accountable. Nullable columns added
 * with ALTER TABLE read the same on SQLite and PostgreSQL, so one statement serves both dialects.
 */
import type { Kysely } from "kysely";

/** Adds `assignments.named_on` and `assignments.removed_on`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("assignments").addColumn("named_on", "text").execute();
  await db.schema.alterTable("assignments").addColumn("removed_on", "text").execute();
}

/** Drops the columns again (SQLite has DROP COLUMN since 3.35; better-sqlite3 bundles a newer one). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("assignments").dropColumn("removed_on").execute();
  await db.schema.alterTable("assignments").dropColumn("named_on").execute();
}
