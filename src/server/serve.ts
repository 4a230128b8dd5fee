/** Starts the web server: open the database, bring both schemas up to date, listen. */
import type { AddressInfo } from "node:net";
import { serve as listen } from "@hono/node-server";
import type { Config } from "../config/index.ts";
import type { Kysely } from "kysely";
import { connect, migrate, type Database } from "../store/index.ts";
import { migrateSearch } from "../search/index.ts";
import { createApp } from "./app.ts";
import type { AppDeps } from "./deps.ts";

/** A running server. */
export interface RunningServer {
  /** Where it listens, e.g. `http://127.0.0.1:3000`. */
  url: string;
  /** Stops listening and closes the database. */
  close(): Promise<void>;
}

/** What {@link serve} may be given besides the config. */
export interface ServeOptions extends Pick<AppDeps, "clock"> {
  /** A database the caller has already opened and migrated; the server takes it over and closes it. */
  db?: Kysely<Database>;
}

async function openMigrated(url: string): Promise<Kysely<Database>> {
  const db = connect(url);
  try {
    await migrate(db);
    await migrateSearch(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

/** Serves the app on `config.host:config.port` (port 0 picks a free one); tests may fix the clock. */
export async function serve(config: Config, options: ServeOptions = {}): Promise<RunningServer> {
  const db = options.db ?? (await openMigrated(config.databaseUrl));
  const app = createApp({ db, config, clock: options.clock });
  let server: ReturnType<typeof listen> | undefined;
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server = listen({ fetch: app.fetch, port: config.port, hostname: config.host }, resolve);
    server.once("error", reject);
  }).catch(async (error: unknown) => {
    await db.destroy();
    throw error;
  });
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    async close() {
      await new Promise<void>((resolve) => {
        if (!server) return resolve();
        server.close(() => resolve());
        // Keep-alive sockets of a browser would otherwise hold close() open.
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      await db.destroy();
    },
  };
}
