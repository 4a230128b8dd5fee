/**
 * Splitting a 完成时限 into dated steps: clauses cut at `，,；;。`, an undated clause joining the
 * step before it, and an open start (`4月份开始…`) joining the dated clause that closes it.
 */
import { CharSet } from "../numerals/char-set.ts";
import { foldDigits } from "../numerals/chinese-int.ts";
import { ClauseDates } from "./date-terms.ts";

/** A run of clauses that finishes on one date. */
export interface Step {
  /** The step as printed: from its first clause to its last, inner punctuation kept. */
  text: string;
  end: string;
  /** Set when the step is an explicit span (`2021年至2023年…`). */
  spanStart: string | null;
}

/** Everything the clauses of a deadline say about dates. */
export interface StepReading {
  steps: Step[];
  /** Starts of open spans left unclosed (`2021年9月起全面实施`). */
  openStarts: string[];
  /** Whether any date in the text printed its own year. */
  explicitYear: boolean;
}

// Clause punctuation, and the characters every dated point holds (年, 月, 季度, an event's
// 节/庆/旦/考, a dotted date's dot): a clause without the latter is read as dateless unread.
const BREAKS = new CharSet("，,；;。");
const ANCHORS = new CharSet("年月季节庆旦考.．/");

const DATES = new ClauseDates();

/** Groups the clauses of `text` (cut at `，,；;。`) into dated steps in printed order. */
export function readSteps(text: string, year: number | null): StepReading {
  // Folding keeps every index: clauses are read on the folded text, steps cut from the printed one.
  const folded = foldDigits(text);
  const groups: { from: number; to: number; end: string; spanStart: string | null }[] = [];
  let pending: { from: number; to: number; start: string } | null = null;
  let leadingFrom: number | null = null;
  let explicitYear = false;
  let carried = year;
  let from = 0;
  let anchored = false;
  for (let i = 0; i <= folded.length; i++) {
    if (i < folded.length) {
      const c = folded.charCodeAt(i);
      if (ANCHORS.has(c)) anchored = true;
      if (!BREAKS.has(c)) continue;
    }
    const clauseFrom = from;
    from = i + 1;
    if (i === clauseFrom) continue;
    const dates = anchored ? DATES.read(folded, clauseFrom, i, carried) : null;
    anchored = false;
    if (dates !== null) {
      carried = dates.year;
      if (dates.explicitYear) explicitYear = true;
    }
    if (dates !== null && dates.closeEnd !== null) {
      groups.push({ from: pending?.from ?? leadingFrom ?? clauseFrom, to: i, end: dates.closeEnd, spanStart: dates.spanStart });
      pending = null;
      leadingFrom = null;
    } else if (dates !== null && dates.count > 0) {
      // An open start (`4月份开始`) waits for the clause that closes it.
      if (pending) pending.to = i;
      else pending = { from: clauseFrom, to: i, start: dates.firstStart };
    } else if (pending) {
      pending.to = i;
    } else {
      // An undated clause joins the step before it, or the first step when none is yet.
      const prev = groups.at(-1);
      if (prev) prev.to = i;
      else leadingFrom ??= clauseFrom;
    }
  }
  return {
    steps: groups.map((g) => ({ text: text.slice(g.from, g.to).trim(), end: g.end, spanStart: g.spanStart })),
    openStarts: pending ? [pending.start] : [],
    explicitYear,
  };
}
