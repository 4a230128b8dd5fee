/**
 * Tasks from a plan table (工作任务计划表): one per row, when the table has a column of lead,
 * responsible or cooperating units. Column roles are read from the header words.
 */
import type { OrgRef, Table, Task } from "../../model/index.ts";
import { splitUnitList } from "../orgs/index.ts";
import { extractTargets } from "../targets/index.ts";
import { dropClosingPunctuation, readLabel, removeSpaces, ROLE_KEYS } from "../text/index.ts";
import { orgRef, type ParseContext } from "./context.ts";
import { deadlineOf, dropFinalStop, yearOptions } from "./tasks.ts";

type Role = "lead" | "responsible" | "cooperating";

const TASK_COLUMNS = ["子项目名称", "子项目", "工作任务", "重点任务", "具体任务", "主要任务", "任务名称", "任务内容", "任务", "项目名称", "工作事项", "事项", "工作内容", "重点工作"];
const CONTENT_COLUMNS = ["实施内容", "工作内容", "具体措施", "主要内容", "工作措施", "目标任务", "工作目标", "任务目标", "建设内容", "工作要求"];
const DEADLINE_COLUMNS = /(完成时限|完成时间|时间节点|时限|进度安排)/u;

function roleOf(header: string): Role | null {
  const key = Object.keys(ROLE_KEYS).find((k) => header.includes(k));
  return key ? (ROLE_KEYS[key] ?? null) : null;
}

function columnIndex(headers: readonly string[], names: readonly string[], exclude: Set<number>): number {
  for (const name of names) {
    const i = headers.findIndex((h, k) => !exclude.has(k) && h === name);
    if (i >= 0) return i;
  }
  for (const name of names) {
    const i = headers.findIndex((h, k) => !exclude.has(k) && h.includes(name));
    if (i >= 0) return i;
  }
  return -1;
}

/** The text of column `k` of a row, or "" for no such column. */
function cellAt(row: readonly string[], k: number): string {
  return k >= 0 ? (row[k] ?? "") : "";
}

/** The references of the units a row names in the given columns, in column order. */
function unitRefs(row: readonly string[], columns: readonly number[], ctx: ParseContext): OrgRef[] {
  // Names first, then refs at their final size (a pushed array keeps spare slots the GC copies).
  const first = columns[0];
  if (first === undefined) return [];
  const names = columns.length === 1 ? splitUnitList(cellAt(row, first)) : columns.flatMap((k) => splitUnitList(cellAt(row, k)));
  const refs = new Array<OrgRef>(names.length);
  for (let i = 0; i < names.length; i++) refs[i] = orgRef(ctx, names[i] as string);
  return refs;
}

/** The tasks of a plan table, or [] when it names no units. */
export function tasksFromTable(table: Table, label: string, source: Task["source"], ctx: ParseContext): Task[] {
  const headers = table.columns.map(removeSpaces);
  const roles = headers.map(roleOf);
  const byRole: Record<Role, number[]> = { lead: [], responsible: [], cooperating: [] };
  const used = new Set<number>();
  roles.forEach((role, k) => {
    if (role === null) return;
    byRole[role].push(k);
    used.add(k);
  });
  if (used.size === 0) return [];
  const deadlineCol = headers.findIndex((h) => DEADLINE_COLUMNS.test(h));
  if (deadlineCol >= 0) used.add(deadlineCol);
  let taskCol = columnIndex(headers, TASK_COLUMNS, used);
  if (taskCol < 0) taskCol = headers.findIndex((h, k) => !used.has(k) && !/^(序号|编号)$/u.test(h));
  used.add(taskCol);
  const contentCol = columnIndex(headers, CONTENT_COLUMNS, used);
  const options = yearOptions(ctx);
  const tasks: Task[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i] as string[];
    const raw = cellAt(row, taskCol);
    const label0 = readLabel(raw);
    const title = dropClosingPunctuation(label0 ? raw.slice(label0.raw.length) : raw);
    // Units are split for every column first and referenced role by role: lead, responsible, cooperating.
    const task: Task = {
      path: [label, String(i + 1)],
      title,
      lead: unitRefs(row, byRole.lead, ctx),
      responsible: unitRefs(row, byRole.responsible, ctx),
      cooperating: unitRefs(row, byRole.cooperating, ctx),
      deadline: deadlineOf(deadlineCol >= 0 ? dropFinalStop(cellAt(row, deadlineCol)) : null, options),
      targets: extractTargets(contentCol >= 0 ? cellAt(row, contentCol) : title, options),
      source,
    };
    // Added last, where a spread would have put it, without an object spread per row (slow on Node 20).
    const line = table.rowLines?.[i];
    if (line) task.span = { startLine: line, endLine: line };
    tasks.push(task);
  }
  return tasks;
}
