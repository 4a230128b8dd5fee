#!/usr/bin/env node
// The `gongbao` command: runs the bundle of src/cli/main.ts, built (again) first when missing or
// older than its sources, so a checkout, an edit and an installed package all run current code.
import { bundled, CLI } from "./bundle.mjs";

let entry = null;
try {
  entry = await bundled(CLI, "gongbao");
} catch (error) {
  // esbuild has printed what it could not compile; one line says what that means.
  process.stderr.write(`gongbao: could not build the command from src/: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}\n`);
  process.exitCode = 70;
}
if (entry) await import(entry);
