/** `gongbao serve`: the website and API on the configured database, with the sample loaded when it is empty. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineCommand } from "citty";
import { importAndTrack, trackCurrentIssues } from "../commands/index.ts";
import { loadConfig } from "../config/index.ts";
import { parseIssue } from "../parse/index.ts";
import { serve, type RunningServer } from "../server/index.ts";
import { listIssues } from "../store/index.ts";
import { openDatabase } from "./open-database.ts";

const SAMPLE = fileURLToPath(new URL("../../samples/dawukou-2021-03.txt", import.meta.url));

/** Serves gongbao until interrupted. */
export const serveCommand = defineCommand({
  meta: { name: "serve", description: "Serve the gazette website and API (PORT, DATABASE_URL)" },
  args: {
    port: { type: "string", description: "port (default: PORT or 3000)" },
    "no-sample": { type: "boolean", description: "do not load the bundled sample into an empty database" },
  },
  async run({ args }) {
    const config = loadConfig({ ...process.env, ...(args.port ? { PORT: args.port } : {}) });
    // One connection, migrated once, serves the start-up work and then the server.
    const db = await openDatabase(config.databaseUrl);
    let server: RunningServer;
    try {
      if (!args["no-sample"] && (await listIssues(db, {})).length === 0) {
        const issue = parseIssue(readFileSync(SAMPLE), { file: "dawukou-2021-03.txt" });
        await importAndTrack(db, issue, { today: new Date() });
        process.stdout.write(`loaded the sample issue ${issue.publication.name} ${issue.year}年第${issue.number}期\n`);
      }
      // Every current issue's tasks are tracked, and duties of periods begun since are added.
      const tracked = await trackCurrentIssues(db, { today: new Date() });
      if (tracked.created > 0 || tracked.duties > 0 || tracked.carried > 0) {
        const orphans = tracked.orphaned.length > 0 ? `, ${tracked.orphaned.length} orphaned by a correction (tracked tasks ${tracked.orphaned.map((id) => `#${id}`).join(", ")})` : "";
        process.stdout.write(`tracking: ${tracked.created} new tasks, ${tracked.carried} carried over to corrected versions${orphans}, ${tracked.duties} new reporting duties\n`);
      }
      server = await serve(config, { db });
    } catch (error) {
      await db.destroy();
      throw error;
    }
    process.stdout.write(`gongbao is serving on ${server.url} (database: ${config.databaseUrl})\n`);
    await new Promise<void>((resolve) => {
      const stop = (): void => void server.close().then(resolve);
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
  },
});
