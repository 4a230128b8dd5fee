/** Which dialect a handle speaks, including transactions that connect() never saw. */
import { PostgresAdapter, SqliteAdapter } from "kysely";
import { dialectOf, type DialectName } from "../store/connect.ts";
import type { SearchDb } from "./dialect.ts";

/** The dialect of a database or transaction: connect()'s record, else the Kysely adapter. */
export function dialectFor(db: SearchDb): DialectName {
  try {
    return dialectOf(db);
  } catch {
    // A Transaction or withTables() view is a new object; its adapter still tells the dialect.
    const adapter = db.getExecutor().adapter;
    if (adapter instanceof PostgresAdapter) return "postgres";
    if (adapter instanceof SqliteAdapter) return "sqlite";
    throw new Error("search: unsupported database dialect");
  }
}
