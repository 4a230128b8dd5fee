#!/usr/bin/env node
/**
 * The `gongbao` command. The only place that exits the process: every command returns or
 * throws, and a GongbaoError becomes one clear line on stderr and a non-zero exit code.
 */
import { runMain } from "citty";
import { isGongbaoError } from "../model/index.ts";
import { root } from "./root.ts";

process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

function fail(error: unknown): never {
  if (isGongbaoError(error)) {
    process.stderr.write(`gongbao: ${error.describe()}\n`);
    process.exit(error.status >= 500 ? 70 : 65);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`gongbao: internal error: ${message}\n`);
  process.exit(70);
}

try {
  await runMain(root);
} catch (error) {
  fail(error);
}
