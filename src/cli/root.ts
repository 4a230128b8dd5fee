/** The command tree; subcommands load lazily so `parse` never pays for the server or the database. */
import { defineCommand, type CommandDef } from "citty";

/** The subcommands by name, each loaded when used. */
export const subCommands: Record<string, () => Promise<CommandDef>> = {
  parse: () => import("./parse-command.ts").then((m) => m.parseCommand as CommandDef),
  import: () => import("./import-command.ts").then((m) => m.importCommand as CommandDef),
  serve: () => import("./serve-command.ts").then((m) => m.serveCommand as CommandDef),
  user: () => import("./user-command.ts").then((m) => m.userCommand as CommandDef),
};

/** `gongbao` and its subcommands. */
export const root = defineCommand({
  meta: { name: "gongbao", version: "0.1.0", description: "政府公报: parse, publish and track a government gazette" },
  subCommands,
});
