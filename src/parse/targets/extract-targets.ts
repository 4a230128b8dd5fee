/** Numeric goals (`农村自来水普及率达到98%以上`) read out of a measure's text. */
import type { Target } from "../../model/index.ts";
import { findDateTerms } from "../deadline/index.ts";
import { foldDigitSpaces, foldDigits, parseChineseInt } from "../numerals/index.ts";
import { quotedMask, splitClauses } from "./clauses.ts";
import type { Clause } from "./clauses.ts";
import {
  DISPOSAL_CONTEXT, DISTANT_PREFIXES, MONEY_UNITS, NEAR_PREFIXES, PROTECTED_NOUN, REWARD_CONTEXT,
  SCOPE_NOUN, SHARE_UNITS, SUFFIXES, UNITS,
} from "./lexicon.ts";
import type { Comparator } from "./lexicon.ts";
import { guessMetric } from "./metric.ts";

/** What the caller knows about the text's setting: the year that `年内`/`到年底` mean. */
export interface TargetContext {
  year?: number;
}

interface Hit { at: number; numberEnd: number; unitEnd: number; value: number; unit: string; comparator: Comparator }

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const NUMBER = new RegExp(
  String.raw`(?<![0-9.．])([0-9]+(?:\.[0-9]+)?|[零〇两一二三四五六七八九十百千]+)\s*(${UNITS.map(escape).join("|")})`,
  "gu",
);
const RANGE_BEFORE = /[0-9零〇两一二三四五六七八九十]\s*[-—–~～至到]\s*$/u;
const RANGE_AFTER = /^\s*[-—–~～至]\s*[0-9零〇两一二三四五六七八九十]/u;

function prefixComparator(lead: string): { comparator: Comparator; near: boolean } | null {
  const found: { comparator: Comparator; end: number; length: number }[] = [];
  for (const [word, comparator] of NEAR_PREFIXES) {
    if (lead.endsWith(word)) found.push({ comparator, end: lead.length, length: word.length });
  }
  for (const [word, comparator] of DISTANT_PREFIXES) {
    const at = lead.lastIndexOf(word);
    if (at >= 0) found.push({ comparator, end: at + word.length, length: word.length });
  }
  // The latest-ending, then longest, word wins: `不少于` must not read as `少于`.
  found.sort((a, b) => b.end - a.end || b.length - a.length);
  const best = found[0];
  return best === undefined ? null : { comparator: best.comparator, near: best.end + 3 >= lead.length };
}

/** Reads the goals of one clause; `mask` marks quoted characters of the clause. */
function clauseHits(clause: string, mask: readonly boolean[]): Hit[] {
  const hits: Hit[] = [];
  let prevEnd = 0;
  for (const m of clause.matchAll(NUMBER)) {
    const at = m.index;
    const digits = m[1] ?? "";
    const unit = m[2] ?? "";
    const unitEnd = at + m[0].length;
    const lead = clause.slice(prevEnd, at);
    const tail = clause.slice(unitEnd);
    prevEnd = unitEnd;
    if (mask[at]) continue;
    const arabic = /^[0-9]/u.test(digits);
    const value = arabic ? Number.parseFloat(digits) : parseChineseInt(digits);
    if (value === null || !Number.isFinite(value)) continue;
    if (RANGE_BEFORE.test(clause.slice(0, at)) || RANGE_AFTER.test(clause.slice(at + digits.length))) continue;
    if (/^[/／]/u.test(tail) || PROTECTED_NOUN.test(tail) || /^性/u.test(tail)) continue;
    if (MONEY_UNITS.has(unit) && REWARD_CONTEXT.test(clause)) continue;
    const prefix = prefixComparator(lead);
    const suffix = SUFFIXES.find(([w]) => tail.startsWith(w));
    const before = clause.slice(0, at).trimEnd();
    const share = SHARE_UNITS.has(unit);
    if (/[第约近]$/u.test(before) || (/在$/u.test(before) && !/(?:稳定|保持|维持|控制)在$/u.test(before))) continue;
    // `10万元以上的村`: a threshold that qualifies a noun, not a goal of its own.
    if (/^(?:及以上|以上|以下|以内)?的/u.test(tail) && !(prefix?.near ?? false)) continue;
    if (!share && prefix === null && suffix === undefined) {
      if (!arabic || before.endsWith("的") || DISPOSAL_CONTEXT.test(before) || SCOPE_NOUN.test(tail)) continue;
    }
    // Chinese numerals are everywhere in names (`一批`, `两项补贴`): they count only when compared.
    if (!arabic && prefix === null && suffix === undefined) continue;
    const comparator: Comparator = suffix?.[1] ?? prefix?.comparator ?? (share ? ">=" : "=");
    hits.push({ at, numberEnd: at + digits.length, unitEnd: unitEnd + (suffix?.[0].length ?? 0), value, unit, comparator });
  }
  // `至少有一项…或至少一人…`: alternatives are a condition, not two goals.
  return hits.filter((h, i) => {
    const prev = hits[i - 1];
    const next = hits[i + 1];
    return !(prev && clause.slice(prev.unitEnd, h.at).includes("或")) && !(next && clause.slice(h.unitEnd, next.at).includes("或"));
  });
}

/** Cuts a clause holding several goals (`建成2个A和5个B`) into one piece per goal. */
function segments(clause: string, hits: readonly Hit[]): [number, number][] {
  const bounds: [number, number][] = [];
  let start = 0;
  hits.forEach((h, i) => {
    const next = hits[i + 1];
    if (!next) {
      bounds.push([start, clause.length]);
      return;
    }
    const gap = clause.slice(h.unitEnd, next.at);
    const joint = Math.max(gap.lastIndexOf("和"), gap.lastIndexOf("及"), gap.lastIndexOf("与"), gap.lastIndexOf("、"));
    const cut = joint >= 0 ? h.unitEnd + joint : next.at;
    bounds.push([start, cut]);
    start = joint >= 0 ? cut + 1 : cut;
  });
  return bounds;
}

function clauseBy(clause: Clause, year: number | null): string | null {
  const terms = findDateTerms(clause.text, year).filter((t) => t.role !== "open");
  return terms.reduce<string | null>((a, t) => (a === null || t.end > a ? t.end : a), null);
}

/** Finds the numeric goals in a measure's text; `by` is set only where the sentence dates them. */
export function extractTargets(text: string, context: TargetContext = {}): Target[] {
  const clean = foldDigitSpaces(text);
  const matchable = foldDigits(clean);
  const mask = quotedMask(matchable);
  const out: Target[] = [];
  let sentence = -1;
  let by: string | null = null;
  for (const clause of splitClauses(matchable)) {
    if (clause.sentence !== sentence) {
      sentence = clause.sentence;
      by = null;
    }
    by = clauseBy(clause, context.year ?? null) ?? by;
    const hits = clauseHits(clause.text, mask.slice(clause.from, clause.to));
    const bounds = segments(clause.text, hits);
    hits.forEach((h, i) => {
      const [from, to] = bounds[i] ?? [0, clause.text.length];
      const segment = clean.slice(clause.from + from, clause.from + to);
      out.push({
        text: segment.trim(),
        metric: guessMetric(segment, h.at - from, h.unitEnd - from),
        comparator: h.comparator,
        value: h.value,
        unit: h.unit,
        by,
      });
    });
  }
  return out;
}
