/**
 * The servers bench/http.ts drives, in their own process so that autocannon does not share their
 * event loop: the gongbao app over a SQLite file, and a plain node:http baseline on another
 * localhost port serving a pre-rendered copy of one document page's bytes.
 * Usage: http-server.ts DB_PATH DOCUMENT_PATH; prints `{"app": url, "baseline": url, "bytes": n}`.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { loadConfig } from "../src/config/index.ts";
import { serve } from "../src/server/index.ts";

const [dbPath, documentPath] = process.argv.slice(2);
if (!dbPath || !documentPath) throw new Error("usage: http-server.ts DB_PATH DOCUMENT_PATH");

const app = await serve(loadConfig({ PORT: "0", HOST: "127.0.0.1", DATABASE_URL: dbPath }));
const response = await fetch(`${app.url}${documentPath}`);
if (response.status !== 200) throw new Error(`${documentPath}: HTTP ${response.status}`);
const body = Buffer.from(await response.arrayBuffer());
const type = response.headers.get("content-type") ?? "text/html; charset=utf-8";

// The baseline does the least a server can: write the same bytes with the same content type.
const baseline = createServer((_req, res) => {
  res.writeHead(200, { "Content-Type": type, "Content-Length": body.length });
  res.end(body);
});
await new Promise<void>((resolve) => baseline.listen(0, "127.0.0.1", resolve));
const port = (baseline.address() as AddressInfo).port;
process.stdout.write(`${JSON.stringify({ app: app.url, baseline: `http://127.0.0.1:${port}`, bytes: body.length })}\n`);

process.on("SIGTERM", () => {
  baseline.close();
  void app.close().then(() => process.exit(0));
});
