/** searchIndex(db): the SearchIndex for whichever dialect `db` speaks. */
import type { SearchDb, SearchDialect } from "./dialect.ts";
import { dialectFor } from "./dialect-name.ts";
import { postgresSearch } from "./postgres/postgres-search.ts";
import { runSearch } from "./search-runner.ts";
import { sqliteSearch } from "./sqlite/sqlite-search.ts";
import type { SearchDocument, SearchIndex, SearchOptions } from "./types.ts";

async function inTransaction(db: SearchDb, work: (db: SearchDb) => Promise<void>): Promise<void> {
  // Inside the caller's transaction (e.g. an import), write there; otherwise make writes atomic.
  if (db.isTransaction) await work(db);
  else await db.transaction().execute(work);
}

function lastPerId(docs: SearchDocument[]): SearchDocument[] {
  return [...new Map(docs.map((doc) => [doc.id, doc])).values()];
}

/** The search index over `db`, which may be a Kysely handle or a transaction. */
export function searchIndex(db: SearchDb, options: SearchOptions = {}): SearchIndex {
  const dialect: SearchDialect = dialectFor(db) === "postgres" ? postgresSearch : sqliteSearch;
  return {
    async index(docs) {
      if (docs.length === 0) return;
      await inTransaction(db, (trx) => dialect.write(trx, lastPerId(docs)));
    },
    async remove(ids) {
      if (ids.length === 0) return;
      await inTransaction(db, (trx) => dialect.delete(trx, [...new Set(ids)]));
    },
    search: (query) => runSearch(db, dialect, query, options),
  };
}
