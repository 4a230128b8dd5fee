/**
 * The database's tables as Kysely sees them. Each migration in ./migrations that adds a table
 * adds its interface here. JSON columns are text and booleans are 0/1 integers in both dialects,
 * so rows read the same whichever database is behind them.
 */
import type { Generated } from "kysely";
import type { OrgKind } from "../model/issue.ts";
import type { TrackTables } from "./track/tables.ts";

/** How an organisation takes part in a document. */
export type OrgRole = "issuer" | TaskRole;
/** How an organisation takes part in a task. */
export type TaskRole = "lead" | "responsible" | "cooperating";

/** One imported version of a gazette issue. */
export interface IssuesTable {
  id: Generated<number>;
  publication: string | null;
  year: number | null;
  number: number | null;
  cumulative_number: number | null;
  date: string | null;
  sha256: string;
  source_file: string;
  source_lines: number;
  version: number;
  is_current: number;
  imported_at: string;
  data: string;
}

/** One document of an issue version. */
export interface DocumentsTable {
  id: Generated<number>;
  issue_id: number;
  seq: number;
  category: string | null;
  title: string | null;
  doc_number: string | null;
  doc_agency: string | null;
  doc_year: number | null;
  doc_serial: number | null;
  genre: string | null;
  date: string | null;
  issuers: string;
  recipients: string;
  span_start: number;
  span_end: number;
  data: string;
}

/** A global organisation, shared by all issues. */
export interface OrgsTable {
  id: Generated<number>;
  name: string;
  kind: OrgKind;
}

/** A spelling of an organisation, keyed by its matching key. */
export interface OrgAliasesTable {
  alias_key: string;
  org_id: number;
  alias: string;
}

/** Which organisations issued a document or carry its tasks. */
export interface DocumentOrgsTable {
  document_id: number;
  org_id: number;
  role: OrgRole;
}

/** One task (measure with responsible units) of a document. */
export interface TasksTable {
  id: Generated<number>;
  document_id: number;
  seq: number;
  path: string;
  title: string;
  source: "enclosure" | "body" | "attachment";
  deadline: string | null;
  deadline_kind: string | null;
  deadline_end: string | null;
  targets: string;
  span_start: number | null;
  span_end: number | null;
}

/** One organisation named by a task, in printed order. */
export interface TaskUnitsTable {
  task_id: number;
  seq: number;
  org_id: number;
  role: TaskRole;
  name: string;
}

/** One 大事记 entry. */
export interface EventsTable {
  id: Generated<number>;
  document_id: number;
  seq: number;
  date: string | null;
  text: string;
  people: string;
  line: number | null;
}

/** All tables of the store, the supervision ledger's included. */
export interface Database extends TrackTables {
  issues: IssuesTable;
  documents: DocumentsTable;
  orgs: OrgsTable;
  org_aliases: OrgAliasesTable;
  document_orgs: DocumentOrgsTable;
  tasks: TasksTable;
  task_units: TaskUnitsTable;
  events: EventsTable;
}
