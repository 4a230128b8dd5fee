/** Every tracker path in one place, so pages, forms, redirects and tests agree. */

/** Tracker paths. */
export const trackerPaths = {
  login: () => "/login",
  logout: () => "/logout",
  cockpit: () => "/tracker",
  task: (id: number) => `/tracker/tasks/${id}`,
  taskOverride: (id: number) => `/tracker/tasks/${id}/override`,
  taskCompletion: (id: number) => `/tracker/tasks/${id}/completion`,
  taskActions: (id: number) => `/tracker/tasks/${id}/actions`,
  taskCompletionReview: (id: number) => `/tracker/tasks/${id}/completion/review`,
  unit: (orgId: number) => `/tracker/units/${orgId}`,
  unitActions: (orgId: number) => `/tracker/units/${orgId}/actions`,
  unitCalendar: (orgId: number) => `/tracker/units/${orgId}/calendar.ics`,
  actionResponse: (id: number) => `/tracker/actions/${id}/response`,
  dutyReport: (id: number) => `/tracker/duties/${id}/report`,
  reportReview: (id: number) => `/tracker/reports/${id}/review`,
  bulletins: () => "/tracker/bulletins",
  bulletinsJson: () => "/tracker/bulletins.json",
  assessment: () => "/tracker/assessment",
  assessmentCsv: () => "/tracker/assessment.csv",
  exemptions: () => "/tracker/assessment/exemptions",
  audit: () => "/tracker/audit",
  orphans: () => "/tracker/orphans",
  orphanDecision: (id: number) => `/tracker/orphans/${id}/decision`,
  users: () => "/tracker/admin/users",
  userActive: (id: number) => `/tracker/admin/users/${id}/active`,
  progress: (documentId: number) => `/d/${documentId}/progress`,
} as const;

/** Where a user lands after signing in: a unit's own page for reporters, the cockpit for others. */
export function homeOf(user: { role: string; orgId: number | null }): string {
  return user.role === "reporter" && user.orgId !== null ? trackerPaths.unit(user.orgId) : trackerPaths.cockpit();
}

/** A `next` target after login, only if it stays inside the tracker (no open redirect). */
export function safeNext(next: string | undefined): string | null {
  return next && /^\/tracker(\/[^/\\]|$|\?)/u.test(next) && !next.includes("//") && !/\/\.\.?(\/|$|\?)/u.test(next) ? next : null;
}
