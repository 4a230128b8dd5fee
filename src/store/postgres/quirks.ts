/** What PostgreSQL does differently: how ids are generated and how constraint errors look. */
import type { ColumnDefinitionBuilder } from "kysely";
import type { Quirks, FailureKind } from "../quirks.ts";

const UNAVAILABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "ECONNRESET", "57P01", "3D000", "28P01"]);

function classify(error: unknown): FailureKind | null {
  if (!(error instanceof Error) || !("code" in error) || typeof error.code !== "string") return null;
  if (error.code === "23505") return "unique";
  if (error.code === "23503") return "foreign-key";
  if (UNAVAILABLE.has(error.code)) return "unavailable";
  return null;
}

/** PostgreSQL's quirks. */
export const postgresQuirks: Quirks = {
  // int4 identity, not bigserial: node-postgres returns int8 as a string, int4 as a number like SQLite.
  autoId: (col: ColumnDefinitionBuilder) => col.generatedByDefaultAsIdentity().primaryKey(),
  classify,
};
