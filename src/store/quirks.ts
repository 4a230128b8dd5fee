/**
 * The few places where SQLite and PostgreSQL differ, gathered behind one interface so that
 * migrations and repositories stay dialect-neutral (the per-dialect halves live in sqlite/ and
 * postgres/, as in Kysely's own source).
 */
import type { ColumnDefinitionBuilder, Kysely } from "kysely";
import { dialectOf } from "./connect.ts";
import { sqliteQuirks } from "./sqlite/quirks.ts";
import { postgresQuirks } from "./postgres/quirks.ts";

/** What kind of failure a driver error is, as far as the store cares. */
export type FailureKind = "unique" | "foreign-key" | "unavailable";

/** A dialect's differences. */
export interface Quirks {
  /** Makes an integer column an auto-generated primary key. */
  autoId(col: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** Recognises this driver's errors; null for anything else. */
  classify(error: unknown): FailureKind | null;
}

/** The quirks of the dialect a database speaks. */
export function quirksOf<DB>(db: Kysely<DB>): Quirks {
  return dialectOf(db) === "postgres" ? postgresQuirks : sqliteQuirks;
}

/** Classifies an error from either driver; the two drivers' codes never overlap. */
export function classifyFailure(error: unknown): FailureKind | null {
  return sqliteQuirks.classify(error) ?? postgresQuirks.classify(error);
}
