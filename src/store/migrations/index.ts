/** The store's migrations in order, as a static provider: no file-system scanning at run time. */
import type { Migration, MigrationProvider } from "kysely";
import * as m0001 from "./0001-initial.ts";
import * as m0002 from "./0002-track.ts";
import * as m0003 from "./0003-assignment-span.ts";
import * as m0004 from "./0004-tracked-task-standing.ts";

/** Every migration by name; names sort in the order they must run. */
export const migrations: Record<string, Migration> = {
  "0001-initial": m0001,
  "0002-track": m0002,
  "0003-assignment-span": m0003,
  "0004-tracked-task-standing": m0004,
};

/** Hands Kysely's Migrator the migrations above. */
export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
