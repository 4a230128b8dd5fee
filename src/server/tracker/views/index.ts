/** The tracker's views: the frame, charts and one render function per page. */
export { trackerLayout, lightBadge, csrfField, percent, ROLE_NAMES, LIGHT_NAMES, type Viewer } from "./frame.ts";
export { lightDonut, barChart } from "./charts.ts";
export { loginPage } from "./login-view.ts";
export { cockpitPage } from "./cockpit-view.ts";
export { taskPage, type TaskPageModel } from "./task-view.ts";
export { unitPage, type UnitPageModel } from "./unit-view.ts";
export { reportPage, type ReportPageModel } from "./report-view.ts";
export { actionList, remindForm } from "./action-view.ts";
export { bulletinPage } from "./bulletin-view.ts";
export { assessmentPage, type AssessmentPageModel } from "./assessment-view.ts";
export { orphanPage } from "./orphan-view.ts";
export { progressPage } from "./progress-view.ts";
export { usersPage, auditPage } from "./admin-view.ts";
export { ASSIGNMENT_STATES, REPORT_STATES, COMPLETION_STATES, ACTION_KINDS } from "./labels.ts";
