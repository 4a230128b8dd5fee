/** What the web layer is given: a database and the settings. */
import type { Kysely } from "kysely";
import type { Config } from "../config/index.ts";
import type { Database } from "../store/index.ts";

/** The dependencies of {@link createApp} and every route module. */
export interface AppDeps {
  db: Kysely<Database>;
  config: Config;
}
