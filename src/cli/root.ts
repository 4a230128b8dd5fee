/** The command tree. */
import { defineCommand } from "citty";
import { parseCommand } from "./parse-command.ts";

/** `gongbao` and its subcommands. */
export const root = defineCommand({
  meta: { name: "gongbao", description: "政府公报: parse, publish and track a government gazette" },
  subCommands: { parse: parseCommand },
});
