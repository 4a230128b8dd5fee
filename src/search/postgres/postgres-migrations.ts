/** PostgreSQL schema of the search index: search_docs with a jieba tsvector, bigram tsvectors in chunks. */
import { sql, type Kysely, type Migration } from "kysely";
import { facetsMigration } from "../facets-migration.ts";

/** The PostgreSQL search migrations, by name in order. */
export const postgresSearchMigrations: Record<string, Migration> = {
  "0001_search": {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`CREATE TABLE search_docs (
        document_id integer PRIMARY KEY,
        issue_id integer NOT NULL,
        title text NOT NULL,
        doc_number text,
        doc_agency text,
        doc_year integer,
        doc_serial integer,
        category text,
        genre text,
        issuers text NOT NULL,
        org_ids text NOT NULL,
        year integer,
        issue_number integer,
        date text,
        body text NOT NULL,
        tsv tsvector NOT NULL
      )`.execute(db);
      await sql`CREATE INDEX search_docs_tsv ON search_docs USING gin (tsv)`.execute(db);
      await sql`CREATE INDEX search_docs_serial ON search_docs (doc_serial)`.execute(db);
      await sql`CREATE INDEX search_docs_issue ON search_docs (issue_id)`.execute(db);
      // One tsvector per document would clamp positions at 16383 and keep 256 per lexeme,
      // silently losing phrase matches in long documents; overlapping chunks keep recall exact.
      await sql`CREATE TABLE search_grams (
        document_id integer NOT NULL REFERENCES search_docs (document_id) ON DELETE CASCADE,
        chunk integer NOT NULL,
        grams tsvector NOT NULL,
        PRIMARY KEY (document_id, chunk)
      )`.execute(db);
      await sql`CREATE INDEX search_grams_grams ON search_grams USING gin (grams)`.execute(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await sql`DROP TABLE IF EXISTS search_grams`.execute(db);
      await sql`DROP TABLE IF EXISTS search_docs`.execute(db);
    },
  },
  "0002_facets": facetsMigration,

};
