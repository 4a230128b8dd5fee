/** Numeric goals (`农村自来水普及率达到98%以上`) read out of a measure's text. */
import type { Target } from "../../model/index.ts";
// Straight from the modules, not the indexes: each re-export layer is a getter call under tsx.
import { findDateTerms } from "../deadline/date-terms.ts";
import { foldDigits, parseChineseInt } from "../numerals/chinese-int.ts";
import { foldDigitSpaces } from "../numerals/digit-spaces.ts";
import { isSpace } from "../../model/spaces.ts";
import { QuoteTracker } from "./clauses.ts";
import {
  DISPOSAL_CONTEXT, DISTANT_PREFIXES, MONEY_UNITS, NEAR_PREFIXES, REWARD_CONTEXT,
  SCOPE_NOUN, SHARE_UNITS, SUFFIXES,
} from "./lexicon.ts";
import type { Comparator } from "./lexicon.ts";
import { guessMetric } from "./metric.ts";
import { nextUnitNumber, type NumberHit } from "./number-scan.ts";

/** What the caller knows about the text's setting: the year that `年内`/`到年底` mean. */
export interface TargetContext {
  year?: number;
}

interface Hit { at: number; numberEnd: number; unitEnd: number; value: number; unit: string; comparator: Comparator }

const COMPARATOR_START = new RegExp(`[${[...NEAR_PREFIXES, ...DISTANT_PREFIXES].map(([w]) => w.charAt(0)).join("")}]`, "gu");
// What either fold acts on: the blanks and breaks of foldDigitSpaces, the digits of foldDigits.
const FOLDABLE = /[ \t\u3000\r\n０-９]/u;
// One bit per distinct first character of a distant comparator word.
const FIRST_BIT = new Map<number, number>();
for (const [word] of DISTANT_PREFIXES) {
  const code = word.charCodeAt(0);
  if (!FIRST_BIT.has(code)) FIRST_BIT.set(code, 1 << FIRST_BIT.size);
}
const CLAUSE_BREAK = /[，,：:。；;！？!?]/gu;
const SENTENCE_ENDS = "。；;！？!?";
const RANGE_AFTER = /\s*[-—–~～至]\s*[0-9零〇两一二三四五六七八九十]/uy;
const RANGE_DASHES = "-—–~～至到";
const RANGE_DIGITS = "0123456789零〇两一二三四五六七八九十";
const HOLDS_AT = ["稳定在", "保持在", "维持在", "控制在"];
const QUALIFIER_TAILS = ["及以上的", "以上的", "以下的", "以内的", "的"];

/** `[0-9…十]\s*[-—–~～至到]\s*$` on `clause.slice(0, at)`, read backwards from `at`. */
function rangeBefore(clause: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isSpace(clause.charCodeAt(i))) i--;
  if (i < 0 || !RANGE_DASHES.includes(clause.charAt(i))) return false;
  i--;
  while (i >= 0 && isSpace(clause.charCodeAt(i))) i--;
  return i >= 0 && RANGE_DIGITS.includes(clause.charAt(i));
}

interface Found { comparator: Comparator; end: number; length: number }

// The latest-ending, then longest, word wins: `不少于` must not read as `少于`; ties keep the first.
const better = (best: Found | null, end: number, length: number): boolean =>
  best === null || end > best.end || (end === best.end && length > best.length);

/** The comparator word ending latest (then longest) in `clause[from, at)`, as `lead` was read. */
function prefixComparator(clause: string, from: number, at: number): { comparator: Comparator; near: boolean } | null {
  // Every comparator word starts with one of a few characters: most leads hold none.
  COMPARATOR_START.lastIndex = from;
  const first = COMPARATOR_START.exec(clause);
  if (first === null || first.index >= at) return null;
  let best: Found | null = null;
  for (const [word, comparator] of NEAR_PREFIXES) {
    const start = at - word.length;
    if (start >= from && clause.startsWith(word, start) && better(best, at - from, word.length)) best = { comparator, end: at - from, length: word.length };
  }
  // Which comparator first characters the lead holds (none before `first`): a distant word whose
  // first character is absent cannot occur, and its lastIndexOf would scan back to the clause start.
  let present = 0;
  for (let i = first.index; i < at; i++) present |= FIRST_BIT.get(clause.charCodeAt(i)) ?? 0;
  for (const [word, comparator] of DISTANT_PREFIXES) {
    const start = at - word.length;
    if (start < from || (present & (FIRST_BIT.get(word.charCodeAt(0)) ?? 0)) === 0) continue;
    const found = clause.lastIndexOf(word, start);
    const end = found - from + word.length;
    if (found >= from && better(best, end, word.length)) best = { comparator, end, length: word.length };
  }
  return best === null ? null : { comparator: best.comparator, near: best.end + 3 >= at - from };
}

/** Reads the goals of one clause from its unit-bearing numbers (offsets into the clause). */
function clauseHits(clause: string, numbers: readonly NumberHit[], quoted: readonly boolean[]): Hit[] {
  const hits: Hit[] = [];
  let prevEnd = 0;
  for (let k = 0; k < numbers.length; k++) {
    const { at, digits, unit, length } = numbers[k] as NumberHit;
    const unitEnd = at + length;
    const leadFrom = prevEnd;
    prevEnd = unitEnd;
    if (quoted[k]) continue;
    const arabic = digits.charCodeAt(0) >= 0x30 && digits.charCodeAt(0) <= 0x39;
    const value = arabic ? Number.parseFloat(digits) : parseChineseInt(digits);
    if (value === null || !Number.isFinite(value)) continue;
    if (rangeBefore(clause, at)) continue;
    RANGE_AFTER.lastIndex = at + digits.length;
    if (RANGE_AFTER.test(clause)) continue;
    const next = clause.charAt(unitEnd);
    if (next === "/" || next === "／" || next === "性" || clause.startsWith("红线", unitEnd) || clause.startsWith("底线", unitEnd)) continue;
    if (MONEY_UNITS.has(unit) && REWARD_CONTEXT.test(clause)) continue;
    let beforeEnd = at;
    while (beforeEnd > 0 && isSpace(clause.charCodeAt(beforeEnd - 1))) beforeEnd--;
    const last = beforeEnd > 0 ? clause.charAt(beforeEnd - 1) : "";
    if (last === "第" || last === "约" || last === "近") continue;
    if (last === "在" && !HOLDS_AT.some((w) => beforeEnd >= w.length && clause.startsWith(w, beforeEnd - w.length))) continue;
    // The checks only skip, so the cheap ones go first and the comparator search last.
    const prefix = prefixComparator(clause, leadFrom, at);
    const suffix = SUFFIXES.find(([w]) => clause.startsWith(w, unitEnd));
    const share = SHARE_UNITS.has(unit);
    // `10万元以上的村`: a threshold that qualifies a noun, not a goal of its own.
    if (QUALIFIER_TAILS.some((w) => clause.startsWith(w, unitEnd)) && !(prefix?.near ?? false)) continue;
    if (!share && prefix === null && suffix === undefined) {
      if (!arabic || last === "的" || DISPOSAL_CONTEXT.test(clause.slice(0, beforeEnd)) || SCOPE_NOUN.test(clause.slice(unitEnd))) continue;
    }
    // Chinese numerals are everywhere in names (`一批`, `两项补贴`): they count only when compared.
    if (!arabic && prefix === null && suffix === undefined) continue;
    const comparator: Comparator = suffix?.[1] ?? prefix?.comparator ?? (share ? ">=" : "=");
    hits.push({ at, numberEnd: at + digits.length, unitEnd: unitEnd + (suffix?.[0].length ?? 0), value, unit, comparator });
  }
  if (hits.length < 2) return hits;
  // `至少有一项…或至少一人…`: alternatives are a condition, not two goals.
  const or = (from: number, to: number): boolean => {
    const i = clause.indexOf("或", from);
    return i >= 0 && i + 1 <= to;
  };
  return hits.filter((h, i) => {
    const prev = hits[i - 1];
    const next = hits[i + 1];
    return !(prev && or(prev.unitEnd, h.at)) && !(next && or(h.unitEnd, next.at));
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

function clauseBy(clause: string, year: number | null): string | null {
  let by: string | null = null;
  for (const t of findDateTerms(clause, year)) if (t.role !== "open" && (by === null || t.end > by)) by = t.end;
  return by;
}

/** Finds the numeric goals in a measure's text; `by` is set only where the sentence dates them. */
export function extractTargets(text: string, context: TargetContext = {}): Target[] {
  // Most measures hold neither a space nor a full-width digit: one scan spares both folds' own.
  let clean = text;
  let matchable = text;
  if (FOLDABLE.test(text)) {
    clean = foldDigitSpaces(text);
    matchable = foldDigits(clean);
  }
  // One scan of the whole text finds every unit-bearing number: no clause can hold a goal
  // without one, and since no number or unit spans punctuation the matches are the clauses' own.
  let m = nextUnitNumber(matchable, 0);
  if (m === null) return [];
  const year = context.year ?? null;
  const quotes = new QuoteTracker(matchable);
  const out: Target[] = [];
  // Clauses of the current sentence whose dates are not read yet: read only once a goal needs them.
  const undated: number[] = [];
  let by: string | null = null;
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  while (m !== null) {
    const brk = CLAUSE_BREAK.exec(matchable);
    const i = brk === null ? matchable.length : brk.index;
    if (i > from) {
      undated.push(from, i);
      const numbers: NumberHit[] = [];
      const quoted: boolean[] = [];
      for (; m !== null && m.at < i; m = nextUnitNumber(matchable, m.at + m.length)) {
        quoted.push(quotes.quotedAt(m.at));
        // Offsets into the clause from here on; the scan goes on from the text offset it ends at.
        numbers.push({ at: m.at - from, digits: m.digits, unit: m.unit, length: m.length });
      }
      if (numbers.length > 0) {
        const clause = matchable.slice(from, i);
        const hits = clauseHits(clause, numbers, quoted);
        if (hits.length > 0) {
          for (let k = 0; k < undated.length; k += 2) by = clauseBy(matchable.slice(undated[k], undated[k + 1]), year) ?? by;
          undated.length = 0;
        }
        const bounds = segments(clause, hits);
        hits.forEach((h, j) => {
          const [a, b] = bounds[j] ?? [0, clause.length];
          const segment = clean.slice(from + a, from + b);
          out.push({ text: segment.trim(), metric: guessMetric(segment, h.at - a, h.unitEnd - a), comparator: h.comparator, value: h.value, unit: h.unit, by });
        });
      }
    }
    if (brk === null) break;
    if (SENTENCE_ENDS.includes(brk[0])) {
      by = null;
      undated.length = 0;
    }
    from = i + 1;
  }
  return out;
}
