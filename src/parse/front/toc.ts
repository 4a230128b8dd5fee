/**
 * The printed 目录: entries grouped under 【category】 headings, each a numbered title (often
 * broken over lines) with its 发文字号 and page, the page after dot leaders. Page slogans and
 * a repeated 目录 heading on the next page are skipped.
 */
import type { TocEntry } from "../../model/index.ts";
import { cleanLine, isOrderTitle, orderNumber, readDocNumber, removeSpaces, DOC_NUMBER } from "../text/index.ts";

/** The 目录 as read, with the 0-based line range it occupies. */
export interface Toc {
  entries: TocEntry[];
  /** 0-based index of the 目录 heading. */
  start: number;
  /** 0-based index one past the last line of the last entry. */
  end: number;
}

const HEADING = /^目\s*录$/u;
const CATEGORY = /^[【〖[]\s*(.+?)\s*[】〗\]]$/u;
const ENTRY_START = /^(\d{1,3})\s*[、.．]\s*(?!\d)/u;
const LEADER_PAGE = /\s*[.．…·・-]{2,}\s*(\d{1,4})?\s*$/u;
const PAGE_ONLY = /^\d{1,4}$/u;
const MASTHEAD_KEY = /^(主\s*编|责任编辑|主\s*管|主\s*办|编辑出版|地\s*址|电\s*话|印\s*刷|委\s*员|主\s*任)\s*[：:]/u;

interface Open {
  category: string | null;
  parts: string[];
  page: number | null;
  waitingForPage: boolean;
  line: number;
}

const NUMBER_AT_START = new RegExp(`^${DOC_NUMBER.source}`, "u");
const ORDER_IN_BRACKETS = /[（(]\s*(第\s*[\d一二三四五六七八九十百〇○零]{1,5}\s*号)\s*[）)]\s*$/u;
const NUMBER_IN_BRACKETS = new RegExp(`[（(]\\s*(${DOC_NUMBER.source})\\s*[）)]`, "u");

function finish(entry: Open): TocEntry {
  // The 发文字号 is on a line of its own or in brackets after the title; reading it from the
  // joined text would let the agency swallow the end of the title.
  let docNumber: string | null = null;
  const titleParts: string[] = [];
  for (const part of entry.parts) {
    const bare = removeSpaces(part);
    if (docNumber === null && NUMBER_AT_START.test(bare)) {
      docNumber = readDocNumber(bare)?.docNumber ?? null;
      continue;
    }
    const bracketed = docNumber === null ? NUMBER_IN_BRACKETS.exec(part) : null;
    if (bracketed) {
      docNumber = readDocNumber(bracketed[1] ?? "")?.docNumber ?? null;
      titleParts.push(part.replace(bracketed[0], ""));
      continue;
    }
    titleParts.push(part);
  }
  let title = titleParts.join("").replace(/\s{2,}/gu, " ").trim();
  // An order is listed with its number in brackets (`XX人民政府令（第3号）`).
  const order = docNumber === null ? ORDER_IN_BRACKETS.exec(title) : null;
  if (order && isOrderTitle(title.slice(0, order.index))) {
    title = title.slice(0, order.index).trim();
    docNumber = orderNumber(title, order[1] ?? "");
  }
  return { category: entry.category, title, docNumber, page: entry.page, line: entry.line };
}

/** True when an entry's leader line follows within two lines, nothing else starting in between. */
function leaderFollows(lines: readonly string[], from: number, to: number): boolean {
  let seen = 0;
  for (let i = from; i < to && seen < 2; i++) {
    const text = cleanLine(lines[i] ?? "");
    if (text === "") continue;
    if (HEADING.test(text) || CATEGORY.test(text) || ENTRY_START.test(text) || MASTHEAD_KEY.test(text)) return false;
    if (LEADER_PAGE.test(text)) return true;
    seen++;
  }
  return false;
}

/** Finds and reads the 目录; null when the text prints none. */
export function parseToc(lines: readonly string[], from = 0, to = lines.length): Toc | null {
  let start = -1;
  for (let i = from; i < Math.min(to, from + 400); i++) {
    if (HEADING.test(cleanLine(lines[i] ?? ""))) { start = i; break; }
  }
  if (start < 0) return null;
  const entries: TocEntry[] = [];
  let category: string | null = null;
  let open: Open | null = null;
  let end = start + 1;
  const close = (): void => {
    if (open) entries.push(finish(open));
    open = null;
  };
  for (let i = start + 1; i < to; i++) {
    const text = cleanLine(lines[i] ?? "");
    if (text === "" || HEADING.test(text)) continue;
    if (MASTHEAD_KEY.test(text)) break;
    const cat = CATEGORY.exec(text);
    if (cat) { close(); category = removeSpaces(cat[1] ?? ""); end = i + 1; continue; }
    if (open && open.waitingForPage && PAGE_ONLY.test(text)) {
      open.page = Number(text);
      close();
      end = i + 1;
      continue;
    }
    const startMatch = ENTRY_START.exec(text);
    if (startMatch) {
      close();
      open = { category, parts: [], page: null, waitingForPage: false, line: i + 1 };
    } else if (!open) {
      // Outside an entry: a page slogan or the end of the 目录.
      const wrapped = !LEADER_PAGE.test(text) && leaderFollows(lines, i + 1, to);
      if (entries.length > 0 && DOC_NUMBER.test(text) === false && !LEADER_PAGE.test(text) && !wrapped) {
        if (i - end > 6) break;
        continue;
      }
      // An unnumbered entry wrapped over lines: its first lines carry no leader.
      if (!LEADER_PAGE.test(text) && !wrapped) continue;
      open = { category, parts: [], page: null, waitingForPage: false, line: i + 1 };
    }
    const current = open as Open;
    const body = startMatch ? text.slice(startMatch[0].length) : text;
    const leader = LEADER_PAGE.exec(body);
    if (leader) {
      current.parts.push(body.slice(0, leader.index));
      if (leader[1]) {
        current.page = Number(leader[1]);
        close();
      } else current.waitingForPage = true;
    } else current.parts.push(body);
    end = i + 1;
  }
  close();
  return entries.length > 0 ? { entries, start, end } : null;
}
