/** Test fixture: a real database of one dialect with the gold issue imported, and the app over it. */
import { readFileSync } from "node:fs";
import type { Hono } from "hono";
import { loadConfig, type Config } from "../config/index.ts";
import { Issue } from "../model/index.ts";
import { migrate, type DialectName } from "../store/index.ts";
import { openTestDatabase, type TestDatabase } from "../store/test-databases.ts";
import { migrateSearch } from "../search/index.ts";
import { importIssue } from "../commands/index.ts";
import { createApp } from "./app.ts";

/** The gold sample issue, checked against the schema. */
export function goldIssue(): Issue {
  return Issue.parse(JSON.parse(readFileSync(new URL("../../samples/gold/dawukou-2021-03.json", import.meta.url), "utf8")));
}

/** Settings for tests: a fixed public base URL, personal data hidden. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ GONGBAO_BASE_URL: "https://gongbao.example.gov.cn" }), ...overrides };
}

/** A database with the gold issue and an app over it. */
export interface TestApp {
  t: TestDatabase;
  app: Hono;
  config: Config;
  /** GET a path (already URL-encoded where needed). */
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  /** GET a path and read its body as text. */
  text(path: string): Promise<{ status: number; body: string; res: Response }>;
}

/** Opens a fresh database, imports the gold issue and builds the app. */
export async function openTestApp(dialect: DialectName, overrides: Partial<Config> = {}): Promise<TestApp> {
  const t = await openTestDatabase(dialect);
  await migrate(t.db);
  await migrateSearch(t.db);
  await importIssue(t.db, goldIssue());
  const config = testConfig(overrides);
  const app = createApp({ db: t.db, config });
  const get = async (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
  return {
    t, app, config, get,
    async text(path) {
      const res = await get(path);
      return { status: res.status, body: await res.text(), res };
    },
  };
}
