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

// The steps found so far, reused from text to text (the parse is synchronous): each step's
// clause range and dates, where an object per step and an array to hold them were made and
// dropped for every deadline before the steps were cut out.
let groupFrom = new Int32Array(8);
let groupTo = new Int32Array(8);
const groupEnd: string[] = [];
const groupSpanStart: (string | null)[] = [];

function doubled(old: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(old.length * 2);
  grown.set(old);
  return grown;
}

/** Appends step `k` (`k` is the count so far), growing the ranges when full. */
function addGroup(k: number, from: number, to: number, end: string, spanStart: string | null): void {
  if (k === groupFrom.length) {
    groupFrom = doubled(groupFrom);
    groupTo = doubled(groupTo);
  }
  groupFrom[k] = from;
  groupTo[k] = to;
  groupEnd[k] = end;
  groupSpanStart[k] = spanStart;
}

/** Groups the clauses of `text` (cut at `，,；;。`) into dated steps in printed order. */
export function readSteps(text: string, year: number | null): StepReading {
  // Folding keeps every index: clauses are read on the folded text, steps cut from the printed one.
  const folded = foldDigits(text);
  let groups = 0;
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
      addGroup(groups++, pending?.from ?? leadingFrom ?? clauseFrom, i, dates.closeEnd, dates.spanStart);
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
      if (groups > 0) groupTo[groups - 1] = i;
      else leadingFrom ??= clauseFrom;
    }
  }
  // Made at their final size: the steps are output (a pushed array keeps spare slots).
  const steps = new Array<Step>(groups);
  for (let k = 0; k < groups; k++) {
    steps[k] = { text: text.slice(groupFrom[k] ?? 0, groupTo[k] ?? 0).trim(), end: groupEnd[k] ?? "", spanStart: groupSpanStart[k] ?? null };
  }
  return {
    steps,
    openStarts: pending ? [pending.start] : [],
    explicitYear,
  };
}
