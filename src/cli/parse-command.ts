/** `gongbao parse FILE|- [--json] [--summary]`. */
import { defineCommand } from "citty";
import { parseIssue } from "../parse/index.ts";
import { loadAliasTable } from "./alias-table-file.ts";
import { readSource } from "./read-input.ts";
import { summarise } from "./summary.ts";

/** Parses one issue and prints JSON (per the spec) or a readable summary. */
export const parseCommand = defineCommand({
  meta: { name: "parse", description: "Parse a gazette issue (text from its PDF; UTF-8 or GB18030)" },
  args: {
    file: { type: "positional", description: "the issue's text file, or - for standard input", required: true },
    json: { type: "boolean", description: "print gongbao/issue@1 JSON" },
    summary: { type: "boolean", description: "print a readable summary (the default)" },
    aliases: { type: "string", description: "an extra organisation alias table (JSON)" },
  },
  run({ args }) {
    const file = String(args.file);
    const issue = parseIssue(readSource(file), { file: file === "-" ? "stdin" : file, aliasTable: loadAliasTable(args.aliases) });
    process.stdout.write(args.json && !args.summary ? `${JSON.stringify(issue, null, 2)}\n` : summarise(issue));
  },
});
