/**
 * Assessment (考核): facts about each unit's work in a period are scored by a rule table, facts
 * a supervisor exempts (with a written reason) do not count, and units are ranked by score.
 */
import { GongbaoError } from "../model/errors.ts";

/** What can happen that the assessment scores. */
export type FactKind = "report-missing" | "report-late" | "report-on-time" | "completed-on-time" | "completed-late" | "task-overdue" | "action-unanswered";

/** One scored fact about a unit, e.g. a missing report; `ref` identifies it for exemptions. */
export interface AssessmentFact {
  orgId: number;
  kind: FactKind;
  ref: string;
  date: string;
  detail: string;
}

/** A unit taking part in an assessment. */
export interface AssessedUnit {
  orgId: number;
  name: string;
}

/** The input of {@link scoreUnits}: every unit (also those without facts) and the facts. */
export interface AssessmentFacts {
  units: AssessedUnit[];
  facts: AssessmentFact[];
}

/** One row of the rule table. */
export interface AssessmentRule {
  kind: FactKind;
  points: number;
  label: string;
}

/** A rule table with the score every unit starts from. */
export interface RuleTable {
  base: number;
  rules: AssessmentRule[];
}

/** The default rule table of the 督查督办 office. */
export const DEFAULT_RULE_TABLE: RuleTable = {
  base: 100,
  rules: [
    { kind: "report-missing", points: -10, label: "季度进展报告缺报" },
    { kind: "report-late", points: -5, label: "进展报告迟报" },
    { kind: "report-on-time", points: 0, label: "进展报告按时报送" },
    { kind: "completed-on-time", points: 5, label: "任务按期办结" },
    { kind: "completed-late", points: 0, label: "任务逾期后办结" },
    { kind: "task-overdue", points: -10, label: "任务逾期未完成" },
    { kind: "action-unanswered", points: -5, label: "督办事项逾期未答复" },
  ],
};

/** A supervisor's decision that one fact does not count. */
export interface Exemption {
  orgId: number;
  ref: string;
  reason: string;
}

/** The period assessed, inclusive. */
export interface AssessmentPeriod {
  start: string;
  end: string;
  label: string;
}

/** One line of a unit's score breakdown. */
export interface ScoreItem {
  kind: FactKind;
  label: string;
  count: number;
  points: number;
}

/** A unit's score with its breakdown and rank (equal scores share a rank). */
export interface UnitScore {
  orgId: number;
  unit: string;
  rank: number;
  base: number;
  total: number;
  items: ScoreItem[];
  exempted: { ref: string; detail: string; reason: string }[];
}

/** Scores and ranks every unit for a period; an exemption without a reason is a `bad-request`. */
export function scoreUnits(input: AssessmentFacts, table: RuleTable, exemptions: Exemption[], period: AssessmentPeriod): UnitScore[] {
  for (const e of exemptions) {
    if (!e.reason.trim()) throw new GongbaoError("bad-request", `免于扣分须说明理由（${e.ref}）`, { field: "reason" });
  }
  const rules = new Map(table.rules.map((r) => [r.kind, r]));
  const exempt = new Map(exemptions.map((e) => [`${e.orgId}|${e.ref}`, e.reason.trim()]));
  const scores = input.units.map((unit): UnitScore => {
    const items = new Map<FactKind, ScoreItem>();
    const exempted: UnitScore["exempted"] = [];
    for (const fact of input.facts) {
      if (fact.orgId !== unit.orgId || fact.date < period.start || fact.date > period.end) continue;
      const reason = exempt.get(`${fact.orgId}|${fact.ref}`);
      if (reason !== undefined) {
        exempted.push({ ref: fact.ref, detail: fact.detail, reason });
        continue;
      }
      const rule = rules.get(fact.kind);
      if (!rule) continue;
      const item = items.get(fact.kind) ?? { kind: fact.kind, label: rule.label, count: 0, points: 0 };
      item.count += 1;
      item.points += rule.points;
      items.set(fact.kind, item);
    }
    const list = table.rules.flatMap((r) => items.get(r.kind) ?? []);
    const total = list.reduce((sum, i) => sum + i.points, table.base);
    return { orgId: unit.orgId, unit: unit.name, rank: 0, base: table.base, total, items: list, exempted };
  });
  scores.sort((a, b) => b.total - a.total || a.unit.localeCompare(b.unit, "zh-CN") || a.orgId - b.orgId);
  scores.forEach((s, i) => {
    const previous = scores[i - 1];
    s.rank = previous && previous.total === s.total ? previous.rank : i + 1;
  });
  return scores;
}

/** The ranking as a table (header and one row per unit), for the CSV export and other tabular views. */
export function assessmentTable(rows: readonly UnitScore[]): { header: string[]; rows: (string | number)[][] } {
  const header = ["排名", "单位", "基础分", "加分", "扣分", "得分", "明细", "免于扣分"];
  return {
    header,
    rows: rows.map((r) => {
      const plus = r.items.filter((i) => i.points > 0).reduce((s, i) => s + i.points, 0);
      const minus = r.items.filter((i) => i.points < 0).reduce((s, i) => s + i.points, 0);
      const detail = r.items.filter((i) => i.points !== 0).map((i) => `${i.label}${i.count}次${i.points > 0 ? "+" : ""}${i.points}`).join("；");
      const exempted = r.exempted.map((e) => `${e.detail}（${e.reason}）`).join("；");
      return [r.rank, r.unit, r.base, plus, minus, r.total, detail, exempted];
    }),
  };
}
