/**
 * The printed conventions of Chinese official documents (GB/T 9704 公文格式) as patterns:
 * outline labels, unit-block keys, document numbers, dates. Shared by every part of the parser.
 */

import { parseChineseInt } from "../numerals/chinese-int.ts";
import { isSpace } from "../../model/spaces.ts";

const CN = "一二三四五六七八九十百零〇○两";

/** An outline label at the start of a paragraph, with its level and canonical form. */
export interface Label {
  /** As printed, e.g. `(四)` or `1. `. */
  raw: string;
  /** Canonical: full-width brackets, no spaces; `1.` and `1、` kept as printed. */
  label: string;
  kind: "cn-dun" | "cn-paren" | "num-dot" | "num-paren" | "circled" | "chapter" | "article" | "section";
  /** The number the label counts. */
  ordinal: string;
}

const LABEL_PATTERNS: { re: RegExp; kind: Label["kind"] }[] = [
  { re: new RegExp(`^([${CN}]{1,4})\\s*、\\s*`, "u"), kind: "cn-dun" },
  { re: new RegExp(`^[（(]\\s*([${CN}]{1,4})\\s*[）)]\\s*`, "u"), kind: "cn-paren" },
  { re: /^(\d{1,3})\s*(?:[.．](?!\d)|、)\s*/u, kind: "num-dot" },
  { re: /^[（(]\s*(\d{1,3})\s*[）)]\s*/u, kind: "num-paren" },
  { re: /^([①-⑳])\s*/u, kind: "circled" },
  { re: new RegExp(`^第\\s*([${CN}\\d]{1,5})\\s*章\\s*`, "u"), kind: "chapter" },
  { re: new RegExp(`^第\\s*([${CN}\\d]{1,5})\\s*节\\s*`, "u"), kind: "section" },
  { re: new RegExp(`^第\\s*([${CN}\\d]{1,5})\\s*条\\s*`, "u"), kind: "article" },
];

// Every label starts with one of a few characters, and each kind with its own: a paragraph is
// tried only against the patterns its first character can open (most start with none of them).
// A table by char code gives the group (1-based; 0: none): charAt of a CJK character allocates a
// string, and a Map lookup hashes the code, where readLabel runs on every line.
const LABEL_GROUPS: (typeof LABEL_PATTERNS)[] = [[]];
const LABEL_FIRST = new Uint8Array(0x10000);
for (const [chars, kinds] of [
  [CN, ["cn-dun"]],
  ["（(", ["cn-paren", "num-paren"]],
  ["0123456789", ["num-dot"]],
  ["①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳", ["circled"]],
  ["第", ["chapter", "section", "article"]],
] as const) {
  const kindSet: ReadonlySet<string> = new Set(kinds);
  for (const ch of chars) LABEL_FIRST[ch.charCodeAt(0)] = LABEL_GROUPS.length;
  LABEL_GROUPS.push(LABEL_PATTERNS.filter((p) => kindSet.has(p.kind)));
}

/** Reads the outline label a paragraph starts with, if any. */
export function readLabel(text: string): Label | null {
  const group = LABEL_FIRST[text.charCodeAt(0)];
  if (group === undefined || group === 0) return null;
  const patterns = LABEL_GROUPS[group] ?? [];
  for (const { re, kind } of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const ordinal = m[1] ?? "";
    // `2021.` or `3.68万亩` are numbers, not labels: a label is followed by text, not digits.
    const rest = text.slice(m[0].length);
    if (kind === "num-dot" && /^[\d%％.]/u.test(rest)) continue;
    if (kind === "num-dot" && /^[年月日号岁个名项]/u.test(rest)) continue;
    return { raw: m[0], label: canonicalLabel(kind, ordinal, m[0]), kind, ordinal };
  }
  return null;
}

function canonicalLabel(kind: Label["kind"], ordinal: string, raw: string): string {
  switch (kind) {
    case "cn-dun": return `${ordinal}、`;
    case "cn-paren": return `（${ordinal}）`;
    case "num-dot": return `${ordinal}${raw.includes("、") ? "、" : "."}`;
    case "num-paren": return `（${ordinal}）`;
    case "circled": return ordinal;
    case "chapter": return `第${ordinal}章`;
    case "section": return `第${ordinal}节`;
    case "article": return `第${ordinal}条`;
  }
}

/** Role words of unit blocks, by the role they give (district conventions vary). */
export const ROLE_KEYS: Record<string, "lead" | "responsible" | "cooperating"> = {
  牵头单位: "lead", 主办单位: "lead", 牵头部门: "lead", 主责单位: "lead",
  责任单位: "responsible", 责任部门: "responsible", 实施单位: "responsible", 承办单位: "responsible",
  配合单位: "cooperating", 协办单位: "cooperating", 支撑单位: "cooperating", 配合部门: "cooperating", 参与单位: "cooperating",
};
/** Keys that give a task its deadline. */
export const DEADLINE_KEYS = ["完成时限", "完成时间", "时间节点", "时限要求", "办结时限"];

const KEY_ALTERNATION = [...Object.keys(ROLE_KEYS), ...DEADLINE_KEYS].join("|");
/** The same keys inside a paragraph's closing parentheses: `（责任单位：…）`. */
export const INLINE_BLOCK = new RegExp(`[（(]\\s*(${KEY_ALTERNATION})\\s*[:：]`, "u");

const AGENCY = "[\\p{Script=Han}A-Za-z]{1,16}";
/** A 发文字号 anywhere in a text: agency, bracketed year, serial, 号. */
export const DOC_NUMBER = new RegExp(`(${AGENCY})\\s*[〔［\\[【（(]\\s*(\\d{4})\\s*[〕］\\]】）)]\\s*(\\d{1,4})\\s*号`, "u");
/** A line that is nothing but a 发文字号. */
export const DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER.source}$`, "u");

/** The canonical form of a document number and its parts, or null when the text holds none. */
export function readDocNumber(text: string): { docNumber: string; agency: string; year: number; serial: number } | null {
  const m = DOC_NUMBER.exec(text.replace(/[\s\u3000]+/gu, ""));
  if (!m) return null;
  const agency = m[1] ?? "";
  const year = Number(m[2]);
  const serial = Number(m[3]);
  return { docNumber: `${agency}〔${year}〕${serial}号`, agency, year, serial };
}

/**
 * The number of a 命令(令) (`第3号` under `XX县人民政府令`): orders are numbered within the
 * signer's term, without a bracketed year.
 */
export const ORDER_NUMBER_LINE = new RegExp(`^第\\s*([\\d${CN}]{1,5})\\s*号$`, "u");

const LING = "令".charCodeAt(0);

/** True when a title is the heading of an order (`XX人民政府令`), which is numbered `第N号`. */
export function isOrderTitle(title: string): boolean {
  // The pattern has no start anchor and a repeat, so a long title costs it quadratic work: only a
  // title whose last printed character is 令 can match, and only such a title is tried.
  let last = title.length - 1;
  while (last >= 0 && isSpace(title.charCodeAt(last))) last--;
  if (last < 0 || title.charCodeAt(last) !== LING) return false;
  return /\p{Script=Han}{2,}令$/u.test(title.replace(/[\s\u3000]+/gu, "")) && !/(命令|法令|指令|禁令)$/u.test(title);
}

/** The canonical number of an order: `XX人民政府令第3号`. */
export function orderNumber(title: string, printed: string): string | null {
  const m = ORDER_NUMBER_LINE.exec(printed.replace(/[\s\u3000]+/gu, ""));
  if (!m) return null;
  const serial = parseChineseInt(m[1] ?? "");
  return serial === null ? null : `${title.replace(/[\s\u3000]+/gu, "")}第${serial}号`;
}

const YMD = "(\\d{4}|[一二三四五六七八九十〇○零]{4})\\s*年\\s*([\\d一二三四五六七八九十]{1,3})\\s*月\\s*([\\d一二三四五六七八九十]{1,3})\\s*日";
/** A line that is only a full date (the 成文日期 under a signature). */
export const DATE_LINE = new RegExp(`^${YMD}$`, "u");

/** Sentence-final punctuation: a line ending with one closes its paragraph. */
export const SENTENCE_END = /[。！？；：:;!?…]$/u;
