/**
 * `npm run bench:http`: requests/s and p99 latency of the site and API under autocannon, beside a
 * same-run baseline — a plain node:http server answering with a pre-rendered copy of the same
 * document page's bytes. Uses the bench:search database when it exists, else a fresh SQLite
 * file with the sample issue imported (or always, with `BENCH_HTTP_DB=sample`). `BENCH_SECONDS` (default 10) and `BENCH_CONNECTIONS`
 * (default 10) bound each run. Prints figures, asserts nothing. Public pages come from the app's
 * rendered-page cache after their first request, as they would in production, so the page
 * figures are those of cached pages; search is never cached.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { sql } from "kysely";
import { importIssue } from "../src/commands/index.ts";
import { parseIssue } from "../src/parse/index.ts";
import { connect, migrate } from "../src/store/index.ts";
import { migrateSearch } from "../src/search/index.ts";
import { benchSqlitePath } from "./search-db.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const seconds = Number(process.env["BENCH_SECONDS"] ?? 10);
const connections = Number(process.env["BENCH_CONNECTIONS"] ?? 10);
const TARGET_RATIO = 0.3;

async function sampleDatabase(): Promise<string> {
  const path = `${root}bench/out/http-sample.sqlite`;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  const db = connect(path);
  await migrate(db);
  await migrateSearch(db);
  await importIssue(db, parseIssue(readFileSync(`${root}samples/dawukou-2021-03.txt`), { file: "dawukou-2021-03.txt" }));
  await db.destroy();
  return path;
}

/** The routes to drive: a document with tasks from the middle of the database, and its issue. */
async function routes(path: string): Promise<Array<[string, string]>> {
  const db = connect(path);
  const { rows } = await sql<{ id: number; year: number; number: number; n: number }>`SELECT d.id, i.year, i.number,
    (SELECT COUNT(*) FROM documents) AS n FROM documents d JOIN issues i ON i.id = d.issue_id
    WHERE i.is_current = 1 AND EXISTS (SELECT 1 FROM tasks t WHERE t.document_id = d.id)
    ORDER BY d.id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM documents) / 2`.execute(db);
  await db.destroy();
  const doc = rows[0];
  if (!doc) throw new Error(`${path} has no document with tasks`);
  console.log(`database ${path}: ${doc.n} documents; document page /d/${doc.id}`);
  return [
    ["document page", `/d/${doc.id}`],
    ["issue page", `/issues/${doc.year}/${doc.number}`],
    // 近视 is in 80% of the synthetic documents (a worst case); a 发文字号 is one document.
    ["search (broad word)", `/search?q=${encodeURIComponent("近视")}`],
    ["search (发文字号)", `/search?q=${encodeURIComponent("石大政办发〔2021〕9号")}`],
    ["API documents", "/api/v1/documents?limit=20"],
  ];
}

interface Figures { rps: number; p99: number; non2xx: number; errors: number }

async function drive(url: string): Promise<Figures> {
  const result = await autocannon({ url, connections, duration: seconds });
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts };
}

function line(label: string, f: Figures): string {
  const bad = f.non2xx + f.errors > 0 ? `  (${f.non2xx} non-2xx, ${f.errors} errors)` : "";
  return `  ${label.padEnd(24)} ${f.rps.toFixed(0).padStart(7)} req/s   p99 ${String(f.p99).padStart(5)} ms${bad}`;
}

const useBench = process.env["BENCH_HTTP_DB"] !== "sample" && existsSync(benchSqlitePath(root));
const dbPath = useBench ? benchSqlitePath(root) : await sampleDatabase();
const targets = await routes(dbPath);
const documentPath = targets[0]?.[1] ?? "/d/1";
const child = spawn(process.execPath, ["--import", "tsx", `${root}bench/http-server.ts`, dbPath, documentPath], { stdio: ["ignore", "pipe", "inherit"] });
const first = await new Promise<string>((resolve, reject) => {
  createInterface({ input: child.stdout }).once("line", resolve);
  child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
});
const servers = JSON.parse(first) as { app: string; baseline: string; hono: string; bytes: number };
console.log(`autocannon: ${connections} connections, ${seconds} s per route; document page ${(servers.bytes / 1024).toFixed(1)} KiB`);

try {
  const results = new Map<string, Figures>();
  // Baseline first and last: the machine is shared, so its load drifts during a run.
  const before = await drive(`${servers.baseline}/`);
  results.set("same bytes, bare Hono", await drive(`${servers.hono}/`));
  for (const [label, path] of targets) results.set(label, await drive(`${servers.app}${path}`));
  const after = await drive(`${servers.baseline}/`);
  const baseline: Figures = { rps: (before.rps + after.rps) / 2, p99: Math.max(before.p99, after.p99), non2xx: before.non2xx + after.non2xx, errors: before.errors + after.errors };
  console.log(line("baseline (node:http)", baseline));
  for (const [label, figures] of results) console.log(line(label, figures));
  const ratio = (results.get("document page")?.rps ?? 0) / baseline.rps;
  console.log(`\ndocument page / baseline requests/s: ${ratio.toFixed(3)} (target ≥ ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? "met" : "MISSED"})`);
} finally {
  child.kill("SIGTERM");
}
