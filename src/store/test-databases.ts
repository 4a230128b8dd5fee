/**
 * Real databases for tests — never mocks. SQLite runs in a temporary file; PostgreSQL runs in a
 * fresh database created on the throwaway cluster that scripts/test.sh starts
 * (GONGBAO_TEST_PG_URL). One suite, `describe.each(testDialects())`, covers both dialects.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Kysely } from "kysely";
import { connect, type DialectName } from "./connect.ts";
import type { Database } from "./schema.ts";

/** A database opened for one test file, with the means to throw it away. */
export interface TestDatabase {
  dialect: DialectName;
  url: string;
  db: Kysely<Database>;
  drop(): Promise<void>;
}

function pgUrl(): string | undefined {
  const url = process.env["GONGBAO_TEST_PG_URL"];
  if (!url && process.env["CI"]) throw new Error("CI must provide GONGBAO_TEST_PG_URL (scripts/test.sh starts PostgreSQL)");
  return url || undefined;
}

/** The dialects this test run can reach: SQLite always, PostgreSQL when a cluster is running. */
export function testDialects(): DialectName[] {
  return pgUrl() ? ["sqlite", "postgres"] : ["sqlite"];
}

/** Opens an empty database of the given dialect. */
export async function openTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "gongbao-test-"));
    const url = join(dir, "test.sqlite");
    const db = connect(url);
    return { dialect, url, db, drop: async () => { await db.destroy(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const base = pgUrl();
  if (!base) throw new Error("no PostgreSQL for tests: set GONGBAO_TEST_PG_URL");
  const name = `gongbao_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = connect(url.toString());
  return {
    dialect,
    url: url.toString(),
    db,
    drop: async () => {
      await db.destroy();
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      // pg's pool.end() resolves once its clients are asked to close, not once they have: a
      // FORCE drop at that moment kills a closing connection, whose error event then has no
      // listener. Wait (briefly) for the database's own connections to be gone first.
      for (let i = 0; i < 250; i++) {
        const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1", [name]);
        if (Number(rows[0]?.n ?? 0) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
