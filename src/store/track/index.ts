/** The supervision ledger's storage (督查督办): the same on SQLite and PostgreSQL, every change audited. */
export type * from "./tables.ts";
export { writeAudit, listAudit, type AuditEntry, type StoredAuditEntry } from "./audit.ts";
export { createUser, verifyPassword, hashPassword, checkPasswordHash, createSession, findSession, endSession, type User } from "./users.ts";
export { trackIssueTasks, setTargetBaseline, type TrackOptions, type TrackResult } from "./track-issue.ts";
export { loadLedger, listTrackedTasks, type TrackedTaskView, type AssignmentView, type FormerAssignmentView, type MilestoneView, type DutyView, type LedgerFilter, type TrackedTaskFilter } from "./ledger.ts";
export { fileReport, reviewReport, listReports, prefillReport, type StoredReport } from "./report-store.ts";
export { proposeCompletion, reviewCompletion, markMilestoneDone, overrideLight } from "./completion-store.ts";
export { addSupervisionAction, respondToAction, listSupervisionActions, type SupervisionAction } from "./supervision-store.ts";
export { unitDashboard, cockpit, type UnitDashboard, type Cockpit, type UnitSummary, type OpenDuty, type OverdueItem, type UpcomingItem, type LightCounts } from "./dashboards.ts";
export { assessmentFacts, addExemption, listExemptions, calendarEvents } from "./assessment-store.ts";
export { listUsers, setUserActive, type UserListing } from "./user-admin.ts";
export { listOrphans, withdrawOrphan, keepOrphan, type OrphanTask, type OrphanReport, type OrphanDecision, type OrphanDecisionInput, type IssueVersionRef } from "./orphan-store.ts";
export { taskUnits, dutyOwner, reportOwner, actionOwner, taskTargets, currentIssueIds, type DutyOwner, type TaskTarget } from "./scope.ts";
