/**
 * The servers bench/http.ts drives, in their own process so that autocannon does not share their
 * event loop: the gongbao app over a SQLite file, and a plain node:http baseline on another
 * localhost port serving a pre-rendered copy of one document page's bytes, and the same bytes
 * from a bare Hono app on @hono/node-server (the framework's own ceiling, for diagnosis).
 * Usage: http-server.ts DB_PATH DOCUMENT_PATH; prints `{"app", "baseline", "hono": url, "bytes": n}`.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { serve as listen } from "@hono/node-server";
import { Hono } from "hono";
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
const text = body.toString("utf8");
const bare = new Hono().get("/", (c) => c.html(text));
const honoPort = await new Promise<number>((resolve) => {
  const server = listen({ fetch: bare.fetch, port: 0, hostname: "127.0.0.1" }, (info) => resolve(info.port));
  process.once("SIGTERM", () => server.close());
});
const urls = { app: app.url, baseline: `http://127.0.0.1:${port}`, hono: `http://127.0.0.1:${honoPort}`, bytes: body.length };
process.stdout.write(`${JSON.stringify(urls)}\n`);

process.on("SIGTERM", () => {
  baseline.close();
  void app.close().then(() => process.exit(0));
});
