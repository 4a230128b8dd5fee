/**
 * The databases of the search benchmark: a fresh SQLite file (kept for bench/http.ts) or a fresh
 * PostgreSQL database on the server DATABASE_URL names (dropped afterwards), index sizes, and the
 * plain table of the same texts that the naive LIKE scan runs over.
 */
import { rmSync, statSync } from "node:fs";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { sql, type Kysely } from "kysely";
import { connect, migrate, type Database, type DialectName } from "../src/store/index.ts";
import { migrateSearch } from "../src/search/index.ts";

/** A database opened for one benchmark run. */
export interface BenchDatabase {
  dialect: DialectName;
  db: Kysely<Database>;
  /** Where it lives (a file path, or the database name). */
  where: string;
  close(): Promise<void>;
}

/** The SQLite file the benchmark leaves behind for bench/http.ts. */
export function benchSqlitePath(root: string): string {
  return `${root}bench/out/search.sqlite`;
}

function removeSqlite(path: string): void {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
}

/**
 * Opens an empty, migrated database: PostgreSQL when `databaseUrl` names one, else a fresh SQLite
 * file; with `reuse`, the SQLite file a previous run imported, as it is.
 */
export async function openBenchDatabase(root: string, databaseUrl: string | undefined, reuse = false): Promise<BenchDatabase> {
  if (databaseUrl && /^postgres(ql)?:\/\//u.test(databaseUrl)) {
    const name = `gongbao_bench_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    const db = connect(url.toString());
    await migrate(db);
    await migrateSearch(db);
    return {
      dialect: "postgres", db, where: `PostgreSQL database ${name}`,
      async close() {
        await db.destroy();
        if (process.env["BENCH_KEEP"] === "1") return;
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const path = benchSqlitePath(root);
  if (!reuse) removeSqlite(path);
  const db = connect(path);
  await migrate(db);
  await migrateSearch(db);
  return { dialect: "sqlite", db, where: path, close: () => db.destroy() };
}

/** Named sizes in bytes, for printing. */
export type Sizes = Array<[string, number]>;

/** Index and database sizes: dbstat per table group on SQLite, pg_total_relation_size on PostgreSQL. */
export async function indexSizes(bench: BenchDatabase): Promise<Sizes> {
  const { db } = bench;
  if (bench.dialect === "postgres") {
    const { rows } = await sql<{ docs: string; grams: string; all: string }>`SELECT
      pg_total_relation_size('search_docs') AS docs, pg_total_relation_size('search_grams') AS grams,
      pg_database_size(current_database()) AS all`.execute(db);
    const row = rows[0];
    return [["search_docs (with tsvector, GIN)", Number(row?.docs)], ["search_grams (bigram GIN)", Number(row?.grams)], ["whole database", Number(row?.all)]];
  }
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  const sizes: Sizes = [["database file", statSync(bench.where).size]];
  try {
    const { rows } = await sql<{ name: string; bytes: number }>`SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name`.execute(db);
    const sum = (test: (name: string) => boolean): number => rows.filter((r) => test(r.name)).reduce((n, r) => n + Number(r.bytes), 0);
    sizes.push(["FTS5 tables (search_fts*)", sum((n) => n.startsWith("search_fts"))]);
    sizes.push(["search_docs (+ indexes)", sum((n) => n.startsWith("search_docs"))]);
    sizes.push(["store tables (issues, documents, …)", sum((n) => !n.startsWith("search_"))]);
  } catch {
    sizes.push(["(dbstat not available)", 0]);
  }
  return sizes;
}

/** A plain table of the same texts, for the naive LIKE scan: in its own SQLite file, or beside the index on PostgreSQL. */
export async function openPlainTable(root: string, bench: BenchDatabase, texts: ReadonlyMap<number, string>): Promise<{ db: Kysely<Database>; close(): Promise<void> }> {
  let db = bench.db;
  let close = async (): Promise<void> => {
    await sql`DROP TABLE IF EXISTS bench_plain`.execute(db);
  };
  if (bench.dialect === "sqlite") {
    const path = `${root}bench/out/plain.sqlite`;
    removeSqlite(path);
    db = connect(path);
    close = async () => {
      await db.destroy();
      removeSqlite(path);
    };
  }
  await sql`CREATE TABLE bench_plain (id integer PRIMARY KEY, text text NOT NULL)`.execute(db);
  const rows = [...texts];
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 200) {
      const part = rows.slice(i, i + 200);
      await sql`INSERT INTO bench_plain (id, text) VALUES ${sql.join(part.map(([id, text]) => sql`(${id}, ${text})`))}`.execute(trx);
    }
  });
  return { db, close };
}

/** The naive scan: every id whose text contains `q`, by LIKE '%q%'. */
export async function likeScan(db: Kysely<Database>, q: string): Promise<number> {
  const pattern = `%${q.replace(/[\\%_]/gu, (ch) => `\\${ch}`)}%`;
  const { rows } = await sql<{ id: number }>`SELECT id FROM bench_plain WHERE text LIKE ${pattern} ESCAPE '\\'`.execute(db);
  return rows.length;
}
