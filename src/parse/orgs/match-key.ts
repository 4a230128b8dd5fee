/**
 * Matching keys for organisation names: the printed name is kept for display; these keys fold
 * away what does not tell two bodies apart (width, spaces, the jurisdiction prefix, connectors,
 * abbreviations) so that different spellings of one body meet.
 */
import type { AliasTable } from "./alias-table.ts";
import type { OrgKind } from "../../model/issue.ts";

/** What a key is built against: the issuing jurisdiction and the alias table. */
export interface KeyContext {
  /** e.g. 大武口区; its base (大武口) and level (区) are derived. */
  jurisdiction?: string | undefined;
  aliasTable: AliasTable;
}

const LEVELS = "区县市旗盟州镇乡";

/** Width folding and whitespace removal: the only normalisation a display form never gets. */
export function foldWidth(name: string): string {
  return name.normalize("NFKC").replace(/\s+/gu, "").replace(/\*/gu, "");
}

/** Drops 和/及/与 and the 局 of a `…局和…局` reordering, which vary freely between printings. */
export function dropConnectors(key: string): string {
  return key.replace(/局(?=[和及与])/gu, "").replace(/[和及与]/gu, "");
}

/** The form used to judge which printing is the fullest: folded, connectors dropped. */
export function contentKey(name: string): string {
  return dropConnectors(foldWidth(name));
}

/** The key two spellings of one body share (as far as rules and the table can tell). */
export function orgMatchKey(name: string, kind: OrgKind, ctx: KeyContext): string {
  let key = foldWidth(name);
  if (kind === "group") return key;
  const level = levelOf(ctx.jurisdiction);
  key = foldJurisdiction(key, ctx.jurisdiction, level);
  key = key.replace(/^(?:中共|中国共产党)/u, "");
  if (kind === "town" || kind === "subdistrict") {
    return stripLevel(key, level).replace(/街道(?:办事处|办)$/u, "街道").replace(/([镇乡])人民政府$/u, "$1");
  }
  key = expandAbbreviations(key, ctx.aliasTable);
  key = dropConnectors(key);
  key = applyEquivalentSuffixes(key, ctx.aliasTable);
  return stripLevel(key, level);
}

function levelOf(jurisdiction: string | undefined): string | undefined {
  const last = jurisdiction?.slice(-1);
  return last !== undefined && LEVELS.includes(last) ? last : undefined;
}

/** 大武口区公安分局, 大武口公安分局 and 区公安分局 all become 区公安分局. */
function foldJurisdiction(key: string, jurisdiction: string | undefined, level: string | undefined): string {
  if (jurisdiction === undefined || jurisdiction === "") return key;
  const full = foldWidth(jurisdiction);
  if (level === undefined) return key.split(full).join("");
  let out = key.split(full).join(level);
  const base = full.slice(0, -1);
  if (base.length >= 2) out = out.replace(new RegExp(`${escapeRegExp(base)}(?!${level})`, "gu"), level);
  return out;
}

/** A bare 民政局 in a district document is the district's: the level prefix is dropped, but 区委 stays (it marks a party organ). */
function stripLevel(key: string, level: string | undefined): string {
  const prefixes = level === undefined ? "区县旗" : level;
  const first = key[0];
  if (first !== undefined && prefixes.includes(first) && key[1] !== "委" && key.length > 2) return key.slice(1);
  return key;
}

/** Expands each abbreviation once, longest first, unless it sits inside its own full form. */
export function expandAbbreviations(key: string, table: AliasTable): string {
  const entries = abbreviationsOf(table);
  let out = "";
  let i = 0;
  scan: while (i < key.length) {
    for (const [short, full] of entries) {
      if (key.startsWith(short, i) && !insideFullForm(key, i, short.length, full)) {
        out += full;
        i += short.length;
        continue scan;
      }
    }
    out += key[i] ?? "";
    i += 1;
  }
  return out;
}

const sortedAbbreviations = new WeakMap<AliasTable, (readonly [string, string])[]>();

function abbreviationsOf(table: AliasTable): (readonly [string, string])[] {
  let entries = sortedAbbreviations.get(table);
  if (entries === undefined) {
    entries = Object.entries(table.abbreviations)
      .map(([short, full]) => [foldWidth(short), foldWidth(full)] as const)
      .sort((a, b) => b[0].length - a[0].length);
    sortedAbbreviations.set(table, entries);
  }
  return entries;
}

function insideFullForm(key: string, at: number, length: number, full: string): boolean {
  for (let j = key.indexOf(full); j >= 0; j = key.indexOf(full, j + 1)) {
    if (j <= at && at + length <= j + full.length) return true;
  }
  return false;
}

function applyEquivalentSuffixes(key: string, table: AliasTable): string {
  for (const [from, to] of table.equivalentSuffixes) {
    const f = dropConnectors(foldWidth(from));
    const t = dropConnectors(foldWidth(to));
    if (key.endsWith(f) && !key.endsWith(t)) return key.slice(0, -f.length) + t;
  }
  return key;
}

/** The head noun class of a key: spellings of one body share it (局, 分局, 办, 委, 部 …). */
export function headOf(key: string): string {
  const heads: [RegExp, string][] = [
    [/分局$/u, "分局"],
    [/局$/u, "局"],
    [/(?:办公室|办)$/u, "办"],
    [/(?:委员会|委)$/u, "委"],
    [/部$/u, "部"],
    [/队$/u, "队"],
    [/(?:联合会|联)$/u, "联"],
    [/院$/u, "院"],
    [/中心$/u, "中心"],
    [/政府$/u, "政府"],
  ];
  for (const [pattern, head] of heads) if (pattern.test(key)) return head;
  return key.slice(-1);
}

/** True when every character of `short` occurs in `long` in order. */
export function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) {
    if (i < short.length && ch === short[i]) i += 1;
  }
  return i === short.length;
}

/** True when the two strings differ by exactly one insertion, deletion or substitution. */
export function editDistanceIsOne(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i += 1;
  if (s.length === l.length) return s.slice(i + 1) === l.slice(i + 1);
  return s.slice(i) === l.slice(i + 1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}
