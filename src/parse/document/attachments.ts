/** Attachments: their tables (tab-separated or flattened one cell per line), text, outline and plan-table tasks. */
import type { Attachment, Table, Task } from "../../model/index.ts";
import { isSpace } from "../../model/spaces.ts";
import { splitUnitList } from "../orgs/index.ts";
import { detectFlatHeader, findTables, parseFlatTable, parseTable, type SourceLine } from "../tables/index.ts";
import { matchKey, type Paragraph } from "../text/index.ts";
import type { ParseContext } from "./context.ts";
import { buildOutline } from "./outline.ts";
import type { AttachmentRegion } from "./regions.ts";
import { tasksFromTable } from "./table-tasks.ts";

function sourceLines(ctx: ParseContext, from: number, to: number): SourceLine[] {
  const out: SourceLine[] = [];
  for (let line = from; line <= to; line++) out.push({ line, text: ctx.lines[line - 1] ?? "" });
  return out;
}

/** Reads the tables printed in a run of paragraphs. */
export function tablesIn(paragraphs: readonly Paragraph[], ctx: ParseContext): Table[] {
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  if (!first || !last) return [];
  const lines = sourceLines(ctx, first.start, last.end);
  const regions = findTables(lines);
  if (regions.length > 0) {
    const tables: Table[] = [];
    for (const region of regions) tables.push(parseTable(lines.slice(region.start, region.end)));
    return tables;
  }
  const flat = detectFlatHeader(lines);
  if (!flat) return [];
  return [parseFlatTable(lines.slice(flat.start), flat.header)];
}

const UNIT_COLUMN = /(部门|单位)/u;

/** The text up to the first space (what `split(/\s+/)[0]` keeps, without splitting the rest). */
export function firstWord(text: string): string {
  let end = 0;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  return end === text.length ? text : text.slice(0, end);
}

/** Spellings of organisations in unit columns feed the registry's aliases (`区农水局 陆占斌` → `区农水局`). */
function observeUnits(table: Table, ctx: ParseContext): void {
  for (let k = 0; k < table.columns.length; k++) {
    if (!UNIT_COLUMN.test(table.columns[k] as string)) continue;
    for (const row of table.rows) {
      const cell = row[k] ?? "";
      if (cell === "") continue;
      for (const name of splitUnitList(firstWord(cell))) ctx.registry.observe(name);
    }
  }
}

/** The texts of paragraphs, one a line. */
function joinLines(paragraphs: readonly Paragraph[]): string {
  let text = "";
  for (let i = 0; i < paragraphs.length; i++) text = i === 0 ? (paragraphs[i] as Paragraph).text : `${text}\n${(paragraphs[i] as Paragraph).text}`;
  return text;
}

/** Builds an attachment; the tasks of its plan tables are added to `tasks`. */
export function readAttachment(region: AttachmentRegion, ctx: ParseContext, tasks: Task[]): Attachment {
  const tables = tablesIn(region.paragraphs, ctx);
  const textParagraphs: Paragraph[] = [];
  for (const p of region.paragraphs) if (!p.table) textParagraphs.push(p);
  const outline = buildOutline(textParagraphs);
  for (const table of tables) {
    const rows = tasksFromTable(table, region.label, "attachment", ctx);
    // A plan table's unit columns are already task units; other tables only lend spellings.
    if (rows.length === 0) observeUnits(table, ctx);
    for (const task of rows) tasks.push(task);
  }
  const last = region.paragraphs[region.paragraphs.length - 1];
  return {
    label: region.label,
    title: region.title,
    ...(region.mentioned && region.mentioned !== region.title && matchKey(region.mentioned) !== matchKey(region.title) ? { altTitles: [region.mentioned] } : {}),
    tables,
    text: joinLines(tables.length > 0 && outline.sections.length === 0 ? textParagraphs : outline.preamble),
    ...(outline.sections.length > 0 ? { sections: outline.sections } : {}),
    span: { startLine: region.titleLine, endLine: last ? last.end : region.titleLine },
  };
}
