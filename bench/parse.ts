/**
 * `npm run bench:parse`: parse throughput (MB/s) and peak memory on the real sample and on a
 * ≥100 MB synthetic issue, each beside a baseline measured in the same run on the same bytes
 * (read + decode + split lines). Each measurement runs in its own process, several times;
 * medians are reported, with the parse/baseline ratio. Prints figures, asserts nothing.
 * Both sides run bundled, as the `gongbao` command does (bin/bundle.mjs), not through tsx.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { syntheticIssue } from "./synthetic-issue.ts";
import { bundled } from "../bin/bundle.mjs";

interface Run { mode: string; bytes: number; seconds: number; units: number; startRss: number; peakRss: number }

const root = fileURLToPath(new URL("..", import.meta.url));
const sample = `${root}samples/dawukou-2021-03.txt`;
const outDir = `${root}bench/out`;
const bigFile = `${outDir}/synthetic-100mb.txt`;
const sizeMb = Number(process.env["BENCH_MB"] ?? 100);
const repeats = Number(process.env["BENCH_REPEATS"] ?? 3);
const worker = fileURLToPath(await bundled({ outRoot: `${outDir}/dist`, entries: { "parse-worker": "bench/parse-worker.ts" } }, "parse-worker"));

function run(mode: "baseline" | "parse", file: string): Run {
  const out = execFileSync(process.execPath, [worker, mode, file], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out) as Run;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function measure(label: string, file: string, times: number): void {
  const base: Run[] = [];
  const parse: Run[] = [];
  // Interleave so both see the same machine load.
  for (let i = 0; i < times; i++) {
    base.push(run("baseline", file));
    parse.push(run("parse", file));
  }
  const bytes = parse[0]?.bytes ?? 0;
  const mb = bytes / 1e6;
  const baseS = median(base.map((r) => r.seconds));
  const parseS = median(parse.map((r) => r.seconds));
  const peak = median(parse.map((r) => r.peakRss));
  const basePeak = median(base.map((r) => r.peakRss));
  const limit = 4 * bytes + 100e6;
  console.log(`\n${label}: ${mb.toFixed(1)} MB, ${parse[0]?.units ?? 0} documents, median of ${times}`);
  console.log(`  baseline (read + split lines): ${(mb / baseS).toFixed(1)} MB/s, peak RSS ${(basePeak / 1e6).toFixed(0)} MB`);
  console.log(`  parse:                         ${(mb / parseS).toFixed(1)} MB/s, peak RSS ${(peak / 1e6).toFixed(0)} MB (limit 4×input+100 MB = ${(limit / 1e6).toFixed(0)} MB)`);
  console.log(`  ratio parse/baseline throughput: ${(baseS / parseS).toFixed(3)}`);
}

mkdirSync(outDir, { recursive: true });
if (!existsSync(bigFile) || statSync(bigFile).size < sizeMb * 1e6) {
  process.stdout.write(`building ${sizeMb} MB synthetic issue from the sample… `);
  writeFileSync(bigFile, syntheticIssue(sample, sizeMb * 1e6));
  console.log("done");
}
measure("sample dawukou-2021-03.txt", sample, Math.max(5, repeats));
measure(`synthetic ${sizeMb} MB issue`, bigFile, repeats);
