/**
 * `npm run bench:corpus`: writes the deterministic synthetic corpus (≥100,000 documents by
 * default, `BENCH_DOCS` for smaller runs) to bench/out/corpus/*.json and the fixed query set to
 * bench/out/queries.json, for bench/search.ts and bench/http.ts. Prints what it wrote.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Issue } from "../src/model/index.ts";
import { parseIssue } from "../src/parse/index.ts";
import { gatherMaterial, syntheticIssue, type IssueSlot, type Serials } from "./corpus-gen.ts";
import { QUERIES } from "./queries.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = `${root}bench/out`;
const corpusDir = `${outDir}/corpus`;
const target = Number(process.env["BENCH_DOCS"] ?? 100_000);
const seed = Number(process.env["BENCH_SEED"] ?? 20210301);
const ISSUES_PER_YEAR = 48;
const FIRST_YEAR = 2001;

function slots(): IssueSlot[] {
  // ~84 documents an issue, 48 issues a year from 2001: 100k documents reach 2025.
  const perIssue = 84;
  const count = Math.ceil(target / perIssue);
  return Array.from({ length: count }, (_, i) => ({
    year: FIRST_YEAR + Math.floor(i / ISSUES_PER_YEAR),
    number: (i % ISSUES_PER_YEAR) + 1,
    documents: i === count - 1 ? target - perIssue * (count - 1) : perIssue,
  }));
}

const started = performance.now();
const sample = parseIssue(readFileSync(`${root}samples/dawukou-2021-03.txt`), { file: "dawukou-2021-03.txt" });
const material = gatherMaterial(sample);
console.log(`material from the sample: ${material.templates.length} document templates, ${material.carriedTitles.length} carried titles, ` +
  `${material.headings.length} headings, ${material.paragraphs.length} paragraphs, ${material.tasks.length} tasks, ${material.events.length} events`);

rmSync(corpusDir, { recursive: true, force: true });
mkdirSync(corpusDir, { recursive: true });
const serials: Serials = new Map();
let documents = 0;
let bytes = 0;
let textChars = 0;
for (const slot of slots()) {
  const issue = syntheticIssue(material, slot, serials, seed);
  // Validate every issue here, so a schema drift shows up in this script and not mid-import.
  const checked = Issue.safeParse(issue);
  if (!checked.success) throw new Error(`${issue.source.file}: ${checked.error.issues[0]?.message ?? "invalid"} at ${checked.error.issues[0]?.path.join(".") ?? ""}`);
  const json = JSON.stringify(issue);
  writeFileSync(`${corpusDir}/${slot.year}-${String(slot.number).padStart(2, "0")}.json`, json);
  documents += issue.documents.length;
  bytes += Buffer.byteLength(json);
  textChars += issue.documents.reduce((n, d) => n + (d.text?.length ?? 0), 0);
}
writeFileSync(`${outDir}/queries.json`, `${JSON.stringify(QUERIES, null, 1)}\n`);

const seconds = (performance.now() - started) / 1000;
console.log(`corpus: ${documents} documents in ${slots().length} issues (${FIRST_YEAR}–${FIRST_YEAR + Math.floor((slots().length - 1) / ISSUES_PER_YEAR)}), ` +
  `${(bytes / 1e6).toFixed(1)} MB of issue JSON, seed ${seed}, written to bench/out/corpus in ${seconds.toFixed(1)} s`);
console.log(`queries: ${QUERIES.length} written to bench/out/queries.json (${textChars > 0 ? "ok" : "no body text?"})`);
