/**
 * The traffic light (红黄绿灯) of an assignment and of a task, by explicit rules whose reasons
 * are shown to the user, so that nobody has to guess why a unit is red:
 * - red: a milestone is past due and not done, or two or more progress reports are missing;
 * - yellow: a milestone falls due within 30 days and is not done, one report is missing,
 *   or the latest report says the work is blocked (受阻);
 * - green: none of the above; grey: nothing to judge (no dated milestone and no duty).
 * A supervisor's override wins and shows its written reason. A done (销号) assignment is green.
 */
import { daysBetween } from "./dates.ts";

/** A light's colour. */
export type LightColor = "green" | "yellow" | "red" | "grey";

/** The colours, for validating input. */
export const LIGHT_COLORS: readonly LightColor[] = ["green", "yellow", "red", "grey"];

/** A computed light with the reasons behind it (Chinese, for display). */
export interface Light {
  color: LightColor;
  reasons: string[];
  overridden: boolean;
}

/** A supervisor's manual setting. */
export interface LightOverride {
  color: LightColor;
  reason: string;
}

/** A milestone as the light sees it. */
export interface MilestoneState {
  due: string;
  label: string;
  doneAt: string | null;
}

/** A reporting duty as the light sees it; `filedOn` is the date a report was first submitted. */
export interface DutyState {
  label: string;
  due: string;
  filedOn: string | null;
}

/** What the light of one unit's assignment is computed from. */
export interface AssignmentLightInput {
  unit?: string | undefined;
  done: boolean;
  blocked?: boolean | undefined;
  milestones: MilestoneState[];
  duties: DutyState[];
  override?: LightOverride | null | undefined;
}

/** Days before a deadline when the light turns yellow. */
export const YELLOW_WINDOW_DAYS = 30;
/** Missing reports that turn the light red. */
export const RED_MISSED_REPORTS = 2;

const SEVERITY: Record<LightColor, number> = { grey: 0, green: 1, yellow: 2, red: 3 };

/** The worse of two colours. */
export function worse(a: LightColor, b: LightColor): LightColor {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

function overridden(override: LightOverride): Light {
  return { color: override.color, reasons: [`人工调整：${override.reason}`], overridden: true };
}

/** The light of one assignment on `today` (see the file comment for the rules). */
export function assignmentLight(input: AssignmentLightInput, today: string): Light {
  if (input.override) return overridden(input.override);
  if (input.done) return { color: "green", reasons: ["已办结销号"], overridden: false };
  const red: string[] = [];
  const yellow: string[] = [];
  for (const m of input.milestones) {
    if (m.doneAt !== null) continue;
    const left = daysBetween(today, m.due);
    if (left < 0) red.push(`已逾期 ${-left} 天（完成时限 ${m.due}）`);
    else if (left === 0) yellow.push(`今日到期（完成时限 ${m.due}），尚未完成`);
    else if (left <= YELLOW_WINDOW_DAYS) yellow.push(`距完成时限还有 ${left} 天（${m.due}），尚未完成`);
  }
  const missed = input.duties.filter((d) => d.filedOn === null && d.due < today);
  const missedReasons = missed.map((d) => `${d.label}进展报告逾期未报`);
  if (missed.length >= RED_MISSED_REPORTS) red.push(...missedReasons, `累计 ${missed.length} 次进展报告逾期未报`);
  else yellow.push(...missedReasons);
  if (input.blocked) yellow.push("最近一次进展报告反映工作受阻");
  if (red.length > 0) return { color: "red", reasons: [...red, ...yellow], overridden: false };
  if (yellow.length > 0) return { color: "yellow", reasons: yellow, overridden: false };
  if (input.milestones.length === 0 && input.duties.length === 0) {
    return { color: "grey", reasons: ["无完成时限和报送要求，无法研判"], overridden: false };
  }
  return { color: "green", reasons: ["按计划推进"], overridden: false };
}

/**
 * A task's light: the worst of its assignments' lights (or the task's own override). Reasons
 * shared by several units are shown once, naming the units.
 */
export function taskLight(assignments: AssignmentLightInput[], today: string, override?: LightOverride | null): Light {
  if (override) return overridden(override);
  if (assignments.length === 0) return { color: "grey", reasons: ["无责任单位"], overridden: false };
  const lights = assignments.map((a) => ({ unit: a.unit, light: assignmentLight(a, today) }));
  const color = lights.reduce<LightColor>((c, l) => worse(c, l.light.color), "grey");
  const units = new Map<string, string[]>();
  for (const { unit, light } of lights) {
    if (light.color !== color) continue;
    for (const reason of light.reasons) units.set(reason, [...(units.get(reason) ?? []), ...(unit ? [unit] : [])]);
  }
  const reasons = [...units].map(([reason, names]) => (names.length > 0 ? `${[...new Set(names)].join("、")}：${reason}` : reason));
  return { color, reasons, overridden: false };
}
