/** SQLite schema of the search index: search_docs plus contentless FTS5 tables keyed by document id. */
import { sql, type Kysely, type Migration } from "kysely";
import { facetsMigration } from "../facets-migration.ts";
import { insertFtsRows, type FtsSource } from "./partitions.ts";

/** The SQLite search migrations, by name in order. */
export const sqliteSearchMigrations: Record<string, Migration> = {
  "0001_search": {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`CREATE TABLE search_docs (
        document_id INTEGER PRIMARY KEY,
        issue_id INTEGER NOT NULL,
        title TEXT NOT NULL,
        doc_number TEXT,
        doc_agency TEXT,
        doc_year INTEGER,
        doc_serial INTEGER,
        category TEXT,
        genre TEXT,
        issuers TEXT NOT NULL,
        org_ids TEXT NOT NULL,
        year INTEGER,
        issue_number INTEGER,
        date TEXT,
        body TEXT NOT NULL
      )`.execute(db);
      await sql`CREATE INDEX search_docs_serial ON search_docs (doc_serial)`.execute(db);
      await sql`CREATE INDEX search_docs_issue ON search_docs (issue_id)`.execute(db);
      // Contentless: tokens are only needed in the index; snippets come from search_docs.body.
      await sql`CREATE VIRTUAL TABLE search_fts USING fts5(
        title_tokens, body_tokens, grams,
        tokenize = 'unicode61 remove_diacritics 0',
        content = '', contentless_delete = 1
      )`.execute(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await sql`DROP TABLE IF EXISTS search_fts`.execute(db);
      await sql`DROP TABLE IF EXISTS search_docs`.execute(db);
    },
  },
  "0002_facets": facetsMigration,

  "0003_partitions": {
    // One FTS5 table per range of document ids (partitions.ts). search_fts was contentless, so
    // its tokens cannot be read back: every document is tokenised again from search_docs.
    async up(db: Kysely<unknown>): Promise<void> {
      // Kysely runs SQLite migrations outside a transaction; an interrupted reindex must not stay half done.
      await db.transaction().execute(async (trx) => {
        await sql`CREATE TABLE search_partitions (part INTEGER PRIMARY KEY, sealed INTEGER NOT NULL)`.execute(trx);
        let after = -1;
        for (;;) {
          const { rows } = await sql<FtsSource>`SELECT document_id, title, body, category, genre, year, issue_number, issuers, org_ids
            FROM search_docs WHERE document_id > ${after} ORDER BY document_id LIMIT 500`.execute(trx);
          const last = rows[rows.length - 1];
          if (!last) break;
          await insertFtsRows(trx, rows);
          after = last.document_id;
        }
        await sql`DROP TABLE search_fts`.execute(trx);
      });
    },
    async down(): Promise<void> {
      throw new Error("search migration 0003_partitions cannot be undone: rebuild the index instead");
    },
  },
};
