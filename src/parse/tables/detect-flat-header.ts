/**
 * Recognising the header of a table flattened one cell per line (as some PDF extractors print
 * task tables): three or more consecutive short lines that are all column words.
 */
import { isBlank, type SourceLine } from "./source-line.ts";

/** Column words of task and plan tables, exactly as printed (spaces removed). */
const COLUMN_WORDS = new Set([
  "序号", "编号", "任务", "工作任务", "重点任务", "主要任务", "目标任务", "任务内容", "工作内容",
  "具体措施", "主要措施", "工作措施", "具体内容", "实施内容", "工作目标", "项目名称",
  "总项目名称", "子项目名称", "牵头单位", "责任单位", "牵头部门", "责任部门", "主办单位",
  "配合单位", "配合部门", "协办单位", "责任领导", "牵头领导", "责任人", "完成时限", "完成时间",
  "时间节点", "时限", "时间", "备注",
]);

/** Short words ending in a column suffix also count (e.g. 牵头责任单位, 进度安排). */
const COLUMN_SUFFIX = /^\p{sc=Han}{0,4}(单位|部门|时限|节点|任务|措施|内容|领导|备注|安排)$/u;

/** Longest printed column word accepted, in characters. */
const MAX_WORD = 8;

/** A flattened header: its column words and where it sits in `lines` (`end` exclusive). */
export interface FlatHeader {
  header: string[];
  start: number;
  end: number;
}

/** The line as a column word (spaces removed), or null when it is not one. */
export function columnWord(text: string): string | null {
  const word = text.replace(/[\s\u3000]+/gu, "");
  if (word.length === 0 || word.length > MAX_WORD) return null;
  return COLUMN_WORDS.has(word) || COLUMN_SUFFIX.test(word) ? word : null;
}

/** Finds the first run of ≥ 3 column-word lines (blank lines between them allowed). */
export function detectFlatHeader(lines: readonly SourceLine[]): FlatHeader | null {
  let header: string[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i <= lines.length; i++) {
    const text = lines[i]?.text;
    if (text !== undefined && isBlank(text)) continue;
    const word = text === undefined ? null : columnWord(text);
    // A word already in the run starts the next copy of the header, not a longer header.
    if (word !== null && !header.includes(word)) {
      if (header.length === 0) start = i;
      header.push(word);
      end = i + 1;
      continue;
    }
    if (header.length >= 3) return { header, start, end };
    header = word === null ? [] : [word];
    start = word === null ? -1 : i;
    end = i + 1;
  }
  return null;
}
