/** The first schema: issues with versions, documents, global orgs, tasks and events. */
import type { Kysely } from "kysely";
import { quirksOf } from "../quirks.ts";

/** Creates the tables and indexes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { autoId } = quirksOf(db);
  const s = db.schema;

  await s.createTable("issues")
    .addColumn("id", "integer", autoId)
    .addColumn("publication", "text")
    .addColumn("year", "integer")
    .addColumn("number", "integer")
    .addColumn("cumulative_number", "integer")
    .addColumn("date", "text")
    .addColumn("sha256", "text", (c) => c.notNull().unique())
    .addColumn("source_file", "text", (c) => c.notNull())
    .addColumn("source_lines", "integer", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("is_current", "integer", (c) => c.notNull())
    .addColumn("imported_at", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .execute();
  // Two imports racing to create the same version collide here instead of both succeeding.
  await s.createIndex("issues_edition_version").on("issues").columns(["publication", "year", "number", "version"]).unique().execute();
  await s.createIndex("issues_year_number").on("issues").columns(["year", "number"]).execute();

  await s.createTable("documents")
    .addColumn("id", "integer", autoId)
    .addColumn("issue_id", "integer", (c) => c.notNull().references("issues.id").onDelete("cascade"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("category", "text")
    .addColumn("title", "text")
    .addColumn("doc_number", "text")
    .addColumn("doc_agency", "text")
    .addColumn("doc_year", "integer")
    .addColumn("doc_serial", "integer")
    .addColumn("genre", "text")
    .addColumn("date", "text")
    .addColumn("issuers", "text", (c) => c.notNull())
    .addColumn("recipients", "text", (c) => c.notNull())
    .addColumn("span_start", "integer", (c) => c.notNull())
    .addColumn("span_end", "integer", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addUniqueConstraint("documents_issue_seq", ["issue_id", "seq"])
    .execute();
  await s.createIndex("documents_doc_number").on("documents").columns(["doc_agency", "doc_year", "doc_serial"]).execute();
  // Suffix lookups (`政办发` → `石大政办发`) cannot use the agency-first index; they start from the serial.
  await s.createIndex("documents_doc_serial").on("documents").columns(["doc_serial", "doc_year"]).execute();
  await s.createIndex("documents_date").on("documents").columns(["date", "id"]).execute();

  await s.createTable("orgs")
    .addColumn("id", "integer", autoId)
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .execute();
  await s.createTable("org_aliases")
    .addColumn("alias_key", "text", (c) => c.primaryKey())
    .addColumn("org_id", "integer", (c) => c.notNull().references("orgs.id").onDelete("cascade"))
    .addColumn("alias", "text", (c) => c.notNull())
    .execute();
  await s.createIndex("org_aliases_org").on("org_aliases").column("org_id").execute();

  await s.createTable("document_orgs")
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("org_id", "integer", (c) => c.notNull().references("orgs.id"))
    .addColumn("role", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("document_orgs_pk", ["document_id", "org_id", "role"])
    .execute();
  await s.createIndex("document_orgs_org").on("document_orgs").columns(["org_id", "role"]).execute();

  await s.createTable("tasks")
    .addColumn("id", "integer", autoId)
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("path", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("deadline", "text")
    .addColumn("deadline_kind", "text")
    .addColumn("deadline_end", "text")
    .addColumn("targets", "text", (c) => c.notNull())
    .addColumn("span_start", "integer")
    .addColumn("span_end", "integer")
    .addUniqueConstraint("tasks_document_seq", ["document_id", "seq"])
    .execute();
  await s.createIndex("tasks_deadline_end").on("tasks").column("deadline_end").execute();

  await s.createTable("task_units")
    .addColumn("task_id", "integer", (c) => c.notNull().references("tasks.id").onDelete("cascade"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("org_id", "integer", (c) => c.notNull().references("orgs.id"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("task_units_pk", ["task_id", "seq"])
    .execute();
  await s.createIndex("task_units_org").on("task_units").columns(["org_id", "role"]).execute();

  await s.createTable("events")
    .addColumn("id", "integer", autoId)
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("date", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("people", "text", (c) => c.notNull())
    .addColumn("line", "integer")
    .addUniqueConstraint("events_document_seq", ["document_id", "seq"])
    .execute();
  await s.createIndex("events_date").on("events").column("date").execute();
}

/** Drops everything {@link up} created, children first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["events", "task_units", "tasks", "document_orgs", "org_aliases", "orgs", "documents", "issues"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
