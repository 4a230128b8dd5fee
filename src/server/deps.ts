/** What the web layer is given: a database and the settings (and, for tests, a clock). */
import type { Kysely } from "kysely";
import type { Config } from "../config/index.ts";
import type { Database } from "../store/index.ts";
import type { LoginLimiter } from "./tracker/rate-limit.ts";

/** The dependencies of {@link createApp} and every route module. */
export interface AppDeps {
  db: Kysely<Database>;
  config: Config;
  /** The current instant; tests fix it so that lights and deadlines never depend on the real date. */
  clock?: (() => Date) | undefined;
  /** Failed sign-ins per username and address; createApp makes one when none is given. */
  loginLimiter?: LoginLimiter | undefined;
}
