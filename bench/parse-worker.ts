/**
 * One measurement in a fresh process, so that its peak memory is its own: `baseline` reads the
 * bytes and splits lines; `parse` reads the bytes and parses the issue. Prints JSON.
 */
import { readFileSync, statSync } from "node:fs";
import { parseIssue } from "../src/parse/index.ts";
import { readSource } from "../src/cli/read-input.ts";

const [mode, file] = process.argv.slice(2);
if (!file || (mode !== "baseline" && mode !== "parse")) {
  process.stderr.write("usage: parse-worker baseline|parse FILE\n");
  process.exit(2);
}
const before = process.memoryUsage().rss;
const t0 = process.hrtime.bigint();
const size = statSync(file).size;
let units = 0;
// Neither side keeps the bytes once they are decoded, as the CLI does not.
if (mode === "baseline") {
  const text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file));
  units = text.split(/\r\n|\n|\r/u).length;
} else {
  const issue = parseIssue(readSource(file), { file });
  units = issue.documents.length;
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
process.stdout.write(`${JSON.stringify({ mode, bytes: size, seconds, units, startRss: before, peakRss: process.resourceUsage().maxRSS * 1024 })}\n`);

