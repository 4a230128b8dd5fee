/** The covering index for facets and date sorting: the same statement on SQLite and PostgreSQL. */
import { sql, type Kysely, type Migration } from "kysely";

/** Search migration 0002 of both dialects. */
export const facetsMigration: Migration = {
  // Counting facets and sorting by date reads these columns for every match; from the wide
  // search_docs rows (body inline) that was most of a broad query's time at 100,000 documents.
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`CREATE INDEX search_docs_facets ON search_docs (document_id, year, category, genre, date)`.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`DROP INDEX IF EXISTS search_docs_facets`.execute(db);
  },
};
