/**
 * CSV that Excel opens correctly: UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting, and cells
 * that would start a formula (`= + - @`, tab, CR) defused with a leading apostrophe.
 */

const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/u;

/** One cell, guarded against formula injection and quoted when it needs to be; numbers stay numbers. */
export function csvCell(value: string | number): string {
  if (typeof value === "number") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** A whole CSV document: BOM, header row, data rows, CRLF after every row. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(",") + "\r\n").join("");
}

/** A task as one CSV row, whatever it was read from. */
export interface TaskCsvRow {
  document: string;
  docNumber: string | null;
  path: string[];
  title: string;
  lead: string[];
  responsible: string[];
  cooperating: string[];
  deadline: { text: string; start: string | null; end: string | null } | null;
  source: string;
}

/** The task table's columns. */
export const TASK_COLUMNS = ["文件", "发文字号", "条目", "任务", "牵头单位", "责任单位", "配合单位", "完成时限", "开始日期", "截止日期", "来源"] as const;

const SOURCES: Record<string, string> = { enclosure: "印发的方案", body: "正文", attachment: "附件" };

/** Tasks as a CSV document with {@link TASK_COLUMNS}. */
export function tasksCsv(tasks: readonly TaskCsvRow[]): string {
  return toCsv(TASK_COLUMNS, tasks.map((t) => [
    t.document, t.docNumber ?? "", t.path.join(""), t.title, t.lead.join("、"), t.responsible.join("、"), t.cooperating.join("、"),
    t.deadline?.text ?? "", t.deadline?.start ?? "", t.deadline?.end ?? "", SOURCES[t.source] ?? t.source,
  ]));
}
