/** `/tracker/assessment`: scores and ranking for a period, exemptions with reasons, and the CSV export. */
import { Hono, type Context } from "hono";
import { z } from "zod";
import { GongbaoError } from "../../model/index.ts";
import { addExemption, assessmentFacts, listExemptions } from "../../store/track/index.ts";
import { assessmentCsv } from "./assessment-csv.ts";
import { addDays, DEFAULT_RULE_TABLE, lastDayOfMonth, periodOf, scoreUnits, type AssessmentPeriod } from "../../track/index.ts";
import type { AppDeps } from "../deps.ts";
import { id, validQuery } from "../http/validate.ts";
import { requireRole, SUPERVISING } from "./access.ts";
import { nowOf, todayOf } from "./clock.ts";
import { validForm } from "./forms.ts";
import { trackerPaths } from "./paths.ts";
import { sendTrackerPage, viewerOf } from "./render.ts";
import { actorOf, sessionOf, type TrackerEnv } from "./session.ts";
import { assessmentPage } from "./views/assessment-view.ts";

const PERIOD = /^(\d{4})(?:-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?$/u;
const PeriodQuery = z.object({ period: z.string().regex(PERIOD, "考核期间应如 2021-Q2、2021-H1、2021 或 2021-05").optional() });
const Exempt = z.object({ orgId: id, ref: z.string().regex(/^(duty|task|milestone|action):\d{1,9}$/u), reason: z.string().max(500).default(""), period: z.string().regex(PERIOD).optional() });

/** A period key (`2021-Q2`, `2021-H1`, `2021`, `2021-05`) as dates and a label. */
export function parsePeriod(key: string): AssessmentPeriod & { key: string } {
  const m = PERIOD.exec(key);
  if (!m) throw new GongbaoError("bad-request", "无法识别的考核期间", { field: "period" });
  const year = Number(m[1]);
  const part = m[2];
  if (year < 1990 || year > 2200) throw new GongbaoError("bad-request", "考核年度超出范围", { field: "period" });
  if (!part) return { key, ...span(periodOf(`${year}-01-01`, "year")) };
  if (part.startsWith("Q")) return { key, ...span(periodOf(`${year}-${String((Number(part[1]) - 1) * 3 + 1).padStart(2, "0")}-01`, "quarter")) };
  if (part.startsWith("H")) return { key, ...span(periodOf(`${year}-${part === "H1" ? "01" : "07"}-01`, "half-year")) };
  return { key, start: `${year}-${part}-01`, end: lastDayOfMonth(year, Number(part)), label: `${year}年${Number(part)}月` };
}

function span(p: { start: string; end: string; label: string }): AssessmentPeriod {
  return { start: p.start, end: p.end, label: p.label };
}

/** The last whole quarter before `today`, the default period. */
function lastQuarter(today: string): string {
  const previous = periodOf(addDays(periodOf(today, "quarter").start, -1), "quarter");
  return `${previous.start.slice(0, 4)}-Q${Math.floor(Number(previous.start.slice(5, 7)) / 3) + 1}`;
}

async function scored(c: Context<TrackerEnv>, deps: AppDeps) {
  requireRole(sessionOf(c), SUPERVISING);
  const today = todayOf(deps);
  const period = parsePeriod(validQuery(c, PeriodQuery).period ?? lastQuarter(today));
  // A running period is judged as it stands today, a closed one as it stood the day after.
  const asOf = addDays(period.end, 1) < today ? addDays(period.end, 1) : today;
  const facts = await assessmentFacts(deps.db, period, asOf);
  const exemptions = await listExemptions(deps.db);
  return { period, facts, exemptions, scores: scoreUnits(facts, DEFAULT_RULE_TABLE, exemptions, period) };
}

/** Assessment routes (supervisors). */
export function assessmentRoutes(deps: AppDeps): Hono<TrackerEnv> {
  return new Hono<TrackerEnv>()
    .get("/tracker/assessment.csv", async (c) => {
      const { period, scores } = await scored(c, deps);
      return c.body(assessmentCsv(scores), 200, { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="assessment-${period.key}.csv"` });
    })
    .get("/tracker/assessment", async (c) => {
      const { period, facts, exemptions, scores } = await scored(c, deps);
      const session = sessionOf(c);
      return sendTrackerPage(c, session, {
        title: `${period.label}考核`, current: trackerPaths.assessment(),
        body: assessmentPage({ period, table: DEFAULT_RULE_TABLE, scores, facts: facts.facts, exempted: new Set(exemptions.map((e) => `${e.orgId}|${e.ref}`)), viewer: viewerOf(session) }),
      });
    })
    .post("/tracker/assessment/exemptions", async (c) => {
      const session = sessionOf(c);
      requireRole(session, SUPERVISING);
      const form = await validForm(c, Exempt);
      await addExemption(deps.db, actorOf(session), { orgId: form.orgId, ref: form.ref, reason: form.reason, now: nowOf(deps) });
      return c.redirect(`${trackerPaths.assessment()}${form.period ? `?period=${form.period}` : ""}#facts`, 303);
    });
}
