/** `gongbao import FILE…`: parse, validate, store and track each issue, one transaction per issue. */
import { defineCommand } from "citty";
import { importAndTrack } from "../commands/index.ts";
import { loadConfig } from "../config/index.ts";
import { GongbaoError, isGongbaoError } from "../model/index.ts";
import { parseIssue } from "../parse/index.ts";
import { loadAliasTable } from "./alias-table-file.ts";
import { listInputs } from "./list-inputs.ts";
import { openDatabase } from "./open-database.ts";
import { progress } from "./progress.ts";
import { readSource } from "./read-input.ts";

const STATUS: Record<string, string> = { created: "imported", unchanged: "unchanged (already imported)", "new-version": "imported as a new version" };

/** Imports files and folders of issues; reports each file and fails when any file failed. */
export const importCommand = defineCommand({
  meta: { name: "import", description: "Parse and store gazette issues (files or folders)" },
  args: {
    paths: { type: "positional", description: "files or folders of issue texts", required: true },
    database: { type: "string", description: "database URL (default: DATABASE_URL or ./data/gongbao.sqlite)" },
    aliases: { type: "string", description: "an extra organisation alias table (JSON)" },
  },
  async run({ args, rawArgs }) {
    const config = loadConfig(process.env);
    const paths = rawArgs.filter((a) => !a.startsWith("--") && a !== args.database && a !== args.aliases);
    const files = listInputs(paths.length > 0 ? paths : [String(args.paths)]);
    const aliasTable = loadAliasTable(args.aliases);
    const db = await openDatabase(args.database ?? config.databaseUrl);
    const bar = progress(files.length);
    let failed = 0;
    try {
      for (const [i, file] of files.entries()) {
        bar.step(i, file);
        try {
          const issue = parseIssue(readSource(file), { file, aliasTable });
          const result = await importAndTrack(db, issue, { today: new Date() });
          const tasks = issue.documents.reduce((n, d) => n + d.tasks.length, 0);
          const { created, carried, orphaned } = result.tracking;
          // A correction's orphans need a supervisor's look: name them where the operator sees them.
          const carry = carried > 0 || orphaned.length > 0 ? `, ${carried} carried over from the previous version, ${orphaned.length} orphaned${orphaned.length > 0 ? ` (tracked tasks ${orphaned.map((id) => `#${id}`).join(", ")})` : ""}` : "";
          bar.line(`ok   ${file}: ${issue.publication.name ?? ""} ${issue.year ?? "?"}年第${issue.number ?? "?"}期 ${STATUS[result.status] ?? result.status}, version ${result.version}; ${issue.documents.length} documents, ${tasks} tasks (${created} newly tracked${carry}), ${issue.warnings.length} warnings`);
        } catch (error) {
          failed++;
          const message = isGongbaoError(error) ? error.describe() : `${file}: ${(error as Error).message}`;
          bar.line(`FAIL ${message.startsWith(file) ? message : `${file}: ${message}`}`);
        }
      }
      bar.end();
    } finally {
      await db.destroy();
    }
    if (failed > 0) throw new GongbaoError("bad-request", `${failed} of ${files.length} files could not be imported`);
  },
});
