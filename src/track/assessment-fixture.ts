/** One quarter's assessment facts for four units, shared by the scoring tests and the CSV export's tests. */
import type { AssessmentFacts } from "./assessment.ts";

/** The quarter the fixture is scored for. */
export const FIXTURE_PERIOD = { start: "2021-04-01", end: "2021-06-30", label: "2021年第二季度" };

/** Facts of four units, one named like a spreadsheet formula, one fact outside the period. */
export const FIXTURE_FACTS: AssessmentFacts = {
  units: [{ orgId: 1, name: "区教育体育局" }, { orgId: 2, name: "区财政局" }, { orgId: 3, name: "区民政局" }, { orgId: 4, name: "=HYPERLINK(\"x\")" }],
  facts: [
    { orgId: 1, kind: "report-missing", ref: "duty:1", date: "2021-04-10", detail: "2021年第一季度进展报告" },
    { orgId: 1, kind: "report-late", ref: "duty:2", date: "2021-05-12", detail: "迟报" },
    { orgId: 1, kind: "completed-on-time", ref: "task:9", date: "2021-06-01", detail: "按期办结" },
    { orgId: 2, kind: "report-missing", ref: "duty:3", date: "2021-04-10", detail: "2021年第一季度进展报告" },
    { orgId: 3, kind: "report-missing", ref: "duty:4", date: "2021-04-10", detail: "2021年第一季度进展报告" },
    { orgId: 3, kind: "task-overdue", ref: "task:5", date: "2021-07-02", detail: "outside the period" },
  ],
};
