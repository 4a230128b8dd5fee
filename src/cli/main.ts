#!/usr/bin/env node
/**
 * The `gongbao` command. The only place that exits the process: every command returns or
 * throws, and an error becomes one clear line on stderr and a non-zero exit code — never a
 * stack trace.
 */
import { runCommand, showUsage } from "citty";
import { isGongbaoError } from "../model/index.ts";
import { root, subCommands } from "./root.ts";

function fail(error: unknown): never {
  if (isGongbaoError(error)) {
    process.stderr.write(`gongbao: ${error.describe()}\n`);
    process.exit(error.status >= 500 ? 70 : 65);
  }
  const message = error instanceof Error ? error.message : String(error);
  // citty reports bad arguments with a CLIError: a usage problem, not a crash.
  if (error instanceof Error && error.name === "CLIError") {
    process.stderr.write(`gongbao: ${message} (see gongbao --help)\n`);
    process.exit(64);
  }
  process.stderr.write(`gongbao: internal error: ${message}\n`);
  process.exit(70);
}

process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

const rawArgs = process.argv.slice(2);
try {
  const load = rawArgs[0] ? subCommands[rawArgs[0]] : undefined;
  const sub = load ? await load() : undefined;
  if (rawArgs.length === 0 || rawArgs.includes("--help") || rawArgs.includes("-h")) {
    await showUsage(sub ?? root, sub ? root : undefined);
  } else if (!sub) {
    fail(Object.assign(new Error(`unknown command "${rawArgs[0]}"`), { name: "CLIError" }));
  } else {
    await runCommand(root, { rawArgs });
  }
} catch (error) {
  fail(error);
}
