/** What SQLite does differently: how ids are generated and how constraint errors look. */
import type { ColumnDefinitionBuilder } from "kysely";
import type { Quirks, FailureKind } from "../quirks.ts";

function classify(error: unknown): FailureKind | null {
  if (!(error instanceof Error) || !("code" in error) || typeof error.code !== "string") return null;
  if (error.code === "SQLITE_CONSTRAINT_UNIQUE" || error.code === "SQLITE_CONSTRAINT_PRIMARYKEY") return "unique";
  if (error.code === "SQLITE_CONSTRAINT_FOREIGNKEY") return "foreign-key";
  if (error.code === "SQLITE_BUSY" || error.code === "SQLITE_CANTOPEN") return "unavailable";
  return null;
}

/** SQLite's quirks. */
export const sqliteQuirks: Quirks = {
  // AUTOINCREMENT so a deleted row's id is never handed out again: ids are public URLs.
  autoId: (col: ColumnDefinitionBuilder) => col.primaryKey().autoIncrement(),
  classify,
};
