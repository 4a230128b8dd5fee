/**
 * The facts an assessment (考核) scores, read from the ledger, and the exemptions supervisors
 * grant. Scoring itself is pure (src/track/assessment.ts) so its rules are tested without a
 * database. A fact is dated when it happened: a report by its due date, a closing by its 销号 date.
 */
import type { Kysely } from "kysely";
import { GongbaoError } from "../../model/errors.ts";
import type { AssessmentFact, AssessmentFacts, AssessmentPeriod, Exemption } from "../../track/assessment.ts";
import { addDays, clockOf } from "../../track/dates.ts";
import { requireSupervisor, type Actor } from "../../track/roles.ts";
import type { CalendarEvent } from "../../track/ical.ts";
import type { Database } from "../schema.ts";
import { guard } from "../errors.ts";
import { mutation, writeAudit } from "./audit.ts";
import { loadLedger } from "./ledger.ts";

const within = (date: string, p: { start: string; end: string }) => date >= p.start && date <= p.end;

/**
 * Facts for a period as known on `today` (by default the day after the period, i.e. a closed
 * period): duties due in it, tasks closed in it, milestones missed in it, actions not answered.
 */
export async function assessmentFacts(db: Kysely<Database>, period: AssessmentPeriod, today: string = addDays(period.end, 1)): Promise<AssessmentFacts> {
  const ledger = await loadLedger(db, {}, today);
  const units = new Map<number, string>();
  const facts: AssessmentFact[] = [];
  for (const task of ledger) {
    const lastDue = task.milestones.reduce<string | null>((m, x) => (m === null || x.due > m ? x.due : m), null);
    for (const a of task.assignments.filter((x) => x.role !== "cooperating")) {
      units.set(a.orgId, a.unit);
      for (const d of a.duties) {
        if (!within(d.due, period) || d.due >= today) continue;
        const kind = d.filedOn === null ? "report-missing" : d.filedOn > d.due ? "report-late" : "report-on-time";
        facts.push({ orgId: a.orgId, kind, ref: `duty:${d.id}`, date: d.due, detail: `${task.title}：${d.label}进展报告` });
      }
      if (task.completionState === "accepted" && task.completedOn !== null && within(task.completedOn, period)) {
        const kind = lastDue === null || task.completedOn <= lastDue ? "completed-on-time" : "completed-late";
        facts.push({ orgId: a.orgId, kind, ref: `task:${task.id}`, date: task.completedOn, detail: `${task.title}：办结销号` });
      }
      for (const m of task.milestones) {
        if (m.doneOn !== null || !within(m.due, period) || m.due >= today) continue;
        facts.push({ orgId: a.orgId, kind: "task-overdue", ref: `milestone:${m.id}`, date: m.due, detail: `${task.title}：${m.label}` });
      }
    }
  }
  // An action about a withdrawn (撤销) task no longer counts, like the task itself.
  const actions = await guard("reading supervision actions", () => db.selectFrom("supervision_actions")
    .leftJoin("tracked_tasks", "tracked_tasks.id", "supervision_actions.tracked_task_id")
    .select(["supervision_actions.id", "supervision_actions.org_id", "supervision_actions.message", "supervision_actions.response_due", "supervision_actions.responded_at"])
    .where("supervision_actions.response_due", ">=", period.start).where("supervision_actions.response_due", "<=", period.end)
    .where((eb) => eb.or([eb("supervision_actions.tracked_task_id", "is", null), eb("tracked_tasks.standing", "!=", "withdrawn")])).execute());
  for (const a of actions) {
    if (a.response_due === null || a.response_due >= today) continue;
    const answeredOn = a.responded_at === null ? null : clockOf(new Date(a.responded_at)).today;
    if (answeredOn !== null && answeredOn <= a.response_due) continue;
    facts.push({ orgId: a.org_id, kind: "action-unanswered", ref: `action:${a.id}`, date: a.response_due, detail: a.message.slice(0, 50) });
  }
  const orgs = units.size === 0 ? [] : await guard("reading organisations", () => db.selectFrom("orgs").select(["id", "name"]).where("id", "in", [...units.keys()]).execute());
  return { units: orgs.map((o) => ({ orgId: o.id, name: o.name })), facts };
}

/** A supervisor exempts one fact of a unit from scoring; the reason is required and recorded. */
export async function addExemption(db: Kysely<Database>, actor: Actor, input: Exemption & { now: Date | string }): Promise<void> {
  requireSupervisor(actor);
  const reason = input.reason.trim();
  if (!reason) throw new GongbaoError("bad-request", "免于扣分须说明理由", { field: "reason" });
  const { at } = clockOf(input.now);
  await mutation(db, "recording an assessment exemption", async (trx) => {
    const existing = await trx.selectFrom("assessment_exemptions").select("id").where("org_id", "=", input.orgId).where("fact_ref", "=", input.ref).executeTakeFirst();
    if (existing) throw new GongbaoError("conflict", "该事项已免于扣分");
    const { id } = await trx.insertInto("assessment_exemptions").values({ org_id: input.orgId, fact_ref: input.ref, reason, created_by: actor.userId, created_at: at })
      .returning("id").executeTakeFirstOrThrow();
    await writeAudit(trx, { at, userId: actor.userId, action: "exempt", entity: "assessment_exemption", entityId: id, after: { orgId: input.orgId, ref: input.ref, reason } });
  });
}

/** Every exemption granted, for {@link scoreUnits}. */
export async function listExemptions(db: Kysely<Database>): Promise<Exemption[]> {
  const rows = await guard("reading assessment exemptions", () => db.selectFrom("assessment_exemptions").select(["org_id", "fact_ref", "reason"]).orderBy("id").execute());
  return rows.map((r) => ({ orgId: r.org_id, ref: r.fact_ref, reason: r.reason }));
}

/** A unit's deadlines and reporting duties as calendar events, for its iCalendar feed. */
export async function calendarEvents(db: Kysely<Database>, orgId: number, today: string, taskUrl: (trackedTaskId: number) => string): Promise<CalendarEvent[]> {
  const events: CalendarEvent[] = [];
  for (const task of await loadLedger(db, { orgId }, today)) {
    const mine = task.assignments.filter((a) => a.orgId === orgId);
    for (const m of task.milestones) {
      events.push({ uid: `milestone-${m.id}-org-${orgId}@gongbao`, date: m.due, summary: `完成时限：${task.title}`, description: m.label, url: taskUrl(task.id) });
    }
    for (const d of mine.flatMap((a) => a.duties)) {
      events.push({ uid: `duty-${d.id}@gongbao`, date: d.due, summary: `报送${d.label}进展：${task.title}`, url: taskUrl(task.id) });
    }
  }
  return events;
}
