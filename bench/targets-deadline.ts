/**
 * `npx tsx bench/targets-deadline.ts`: calls/s and µs/call of `extractTargets` and `parseDeadline`
 * over the sample's measure texts (src/parse/targets/fixtures.json) and gold deadline texts,
 * repeated as often as the 10 MB synthetic issue repeats them (72×). Prints medians of several
 * runs; asserts nothing. With `BENCH_OLD=DIR` (a copy of an older `src/parse`, outside the tree)
 * the old implementation is timed in the same process, interleaved, and its results compared.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Deadline, Target } from "../src/model/index.ts";

type Extract = (text: string, context?: { year?: number }) => Target[];
type ParseDeadline = (text: string, context?: { year?: number }) => Deadline;
interface Impl { label: string; extractTargets: Extract; parseDeadline: ParseDeadline }

const root = new URL("..", import.meta.url);
const copies = Number(process.env["BENCH_COPIES"] ?? 72);
const runs = Number(process.env["BENCH_RUNS"] ?? 7);

const fixtures = JSON.parse(readFileSync(new URL("src/parse/targets/fixtures.json", root), "utf8")) as { text: string }[];
const gold = JSON.parse(readFileSync(new URL("samples/gold/dawukou-2021-03.json", root), "utf8")) as {
  documents: { tasks: { deadline: { text: string } | null }[] }[];
};
const measures = fixtures.map((f) => f.text);
const deadlines = gold.documents.flatMap((d) => d.tasks.flatMap((t) => (t.deadline ? [t.deadline.text] : [])));

async function load(label: string, dir: URL): Promise<Impl> {
  const targets = (await import(new URL("targets/index.ts", dir).href)) as { extractTargets: Extract };
  const deadline = (await import(new URL("deadline/index.ts", dir).href)) as { parseDeadline: ParseDeadline };
  return { label, extractTargets: targets.extractTargets, parseDeadline: deadline.parseDeadline };
}

// A sink keeps the optimiser from dropping calls whose results are unused.
let sink = 0;

function timeTargets(impl: Impl): number {
  const t0 = process.hrtime.bigint();
  for (let c = 0; c < copies; c++) for (const m of measures) sink += impl.extractTargets(m, { year: 2021 }).length;
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function timeDeadlines(impl: Impl): number {
  const t0 = process.hrtime.bigint();
  for (let c = 0; c < copies; c++) for (const d of deadlines) sink += impl.parseDeadline(d, { year: 2021 }).milestones.length;
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

const impls: Impl[] = [await load("current", new URL("src/parse/", root))];
const oldDir = process.env["BENCH_OLD"];
if (oldDir !== undefined) impls.push(await load("old", pathToFileURL(`${oldDir.replace(/\/?$/u, "/")}`)));

const [current, old] = impls;
if (current && old) {
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  const diffT = measures.filter((m) => !same(current.extractTargets(m, { year: 2021 }), old.extractTargets(m, { year: 2021 })));
  const diffD = deadlines.filter((d) => !same(current.parseDeadline(d, { year: 2021 }), old.parseDeadline(d, { year: 2021 })));
  console.log(`results identical to old: targets ${diffT.length === 0 ? "yes" : `no (${diffT.length} differ)`}, deadlines ${diffD.length === 0 ? "yes" : `no (${diffD.length} differ)`}`);
}

const times = new Map<string, { targets: number[]; deadlines: number[] }>(impls.map((i) => [i.label, { targets: [], deadlines: [] }]));
// One warm-up round, then interleaved runs so every implementation sees the same machine load.
for (const impl of impls) { timeTargets(impl); timeDeadlines(impl); }
for (let r = 0; r < runs; r++) {
  for (const impl of impls) {
    const t = times.get(impl.label);
    t?.targets.push(timeTargets(impl));
    t?.deadlines.push(timeDeadlines(impl));
  }
}

const nT = copies * measures.length;
const nD = copies * deadlines.length;
console.log(`${nT} measure texts (${measures.length} distinct), ${nD} deadline texts (${deadlines.length} distinct); median of ${runs} runs`);
for (const impl of impls) {
  const t = times.get(impl.label);
  const sT = median(t?.targets ?? []);
  const sD = median(t?.deadlines ?? []);
  console.log(`  ${impl.label.padEnd(8)} extractTargets: ${(nT / sT).toFixed(0).padStart(8)} calls/s ${((sT / nT) * 1e6).toFixed(2).padStart(8)} µs/call (${(sT * 1e3).toFixed(0)} ms)`);
  console.log(`  ${impl.label.padEnd(8)} parseDeadline:  ${(nD / sD).toFixed(0).padStart(8)} calls/s ${((sD / nD) * 1e6).toFixed(2).padStart(8)} µs/call (${(sD * 1e3).toFixed(0)} ms)`);
}
if (current && old) {
  const r = (k: "targets" | "deadlines"): string => (median(times.get("old")?.[k] ?? []) / median(times.get("current")?.[k] ?? [])).toFixed(1);
  console.log(`  speed-up current/old: extractTargets ${r("targets")}×, parseDeadline ${r("deadlines")}×`);
}
if (sink < 0) console.log(sink);
