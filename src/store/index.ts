/** The storage layer's public API: open, migrate, save and read — the same on SQLite and PostgreSQL. */
export { connect, dialectOf, isPostgresUrl, type DialectName } from "./connect.ts";
export type { Database, OrgRole, TaskRole } from "./schema.ts";
export { migrate, MIGRATION_TABLE } from "./migrate.ts";
export { orgKey } from "./org-key.ts";
export { MAX_PAGE_SIZE, type Page } from "./cursor.ts";
export { saveIssue, type SaveResult } from "./save-issue.ts";
export { listIssues, getIssue, getIssueById, latestIssue, type IssueSummary, type IssueVersion, type StoredIssue } from "./read-issues.ts";
export { getDocument, findDocumentsByNumber, listDocuments, type DocumentSummary, type DocumentFilter, type StoredDocument } from "./read-documents.ts";
export { getOrg, listOrgs, findOrgByName, orgDocuments, type StoredOrg, type OrgDocument } from "./read-orgs.ts";
export { listTasks, type StoredTask, type TaskUnit, type TaskFilter } from "./read-tasks.ts";
export { listEvents, type StoredEvent } from "./read-events.ts";
export { noteDataChange, localDataVersion, storedDataVersion } from "./data-version.ts";
