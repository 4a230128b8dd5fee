/** Commands: the operations that join the store and the search index. */
export { importIssue, type ImportResult } from "./import-issue.ts";
export { documentText, toSearchDocument } from "./search-document.ts";
export { issueDocuments, documentOrgIds, type IssueDocumentRef } from "./issue-documents.ts";
export { REDACTED, isPersonalColumn, redactTable, redactDocument, redactIssue } from "./personal-data.ts";
export { importAndTrack, trackCurrentIssues, type ImportTrackResult, type TrackCurrentResult } from "./track-issue.ts";
export { ledgerBulletin, type BulletinOptions } from "./bulletin.ts";
