/**
 * Splitting a 完成时限 into dated steps: clauses cut at `，,；;。`, an undated clause joining the
 * step before it, and an open start (`4月份开始…`) joining the dated clause that closes it.
 */
import { CharSet, doubled } from "../chars/char-set.ts";
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

/**
 * The steps of one text in arrays reused from text to text (the parse is synchronous): each
 * step's clause range and dates. A deadline reads its end and span from here and makes objects
 * only for milestones; before, every deadline made a group and a step per step, the arrays to
 * hold them, a sliced step text and a result object, and dropped them at once.
 */
export class StepScan {
  /** How many steps the last text held. */
  count = 0;
  private from = new Int32Array(8);
  private to = new Int32Array(8);
  /** Each step's end, as `Step.end`. */
  readonly ends: string[] = [];
  /** Each step's span start, as `Step.spanStart`. */
  readonly spanStarts: (string | null)[] = [];
  /** The start of an open span left unclosed, as `StepReading.openStarts` holds it. */
  openStart: string | null = null;
  /** Whether any date in the text printed its own year. */
  explicitYear = false;

  /** Appends a step, growing the ranges when full. */
  private add(from: number, to: number, end: string, spanStart: string | null): void {
    const k = this.count++;
    if (k === this.from.length) {
      this.from = doubled(this.from);
      this.to = doubled(this.to);
    }
    this.from[k] = from;
    this.to[k] = to;
    this.ends[k] = end;
    this.spanStarts[k] = spanStart;
  }

  /** The text of step `k` of `text` (the text last read): from its first clause to its last. */
  stepText(text: string, k: number): string {
    return text.slice(this.from[k] ?? 0, this.to[k] ?? 0).trim();
  }

  /** Groups the clauses of `text` (cut at `，,；;。`) into dated steps in printed order. */
  read(text: string, year: number | null): this {
    // Folding keeps every index: clauses are read on the folded text, steps cut from the printed one.
    const folded = foldDigits(text);
    this.count = 0;
    this.explicitYear = false;
    let pending: { from: number; to: number; start: string } | null = null;
    let leadingFrom: number | null = null;
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
        if (dates.explicitYear) this.explicitYear = true;
      }
      if (dates !== null && dates.closeEnd !== null) {
        this.add(pending?.from ?? leadingFrom ?? clauseFrom, i, dates.closeEnd, dates.spanStart);
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
        if (this.count > 0) this.to[this.count - 1] = i;
        else leadingFrom ??= clauseFrom;
      }
    }
    this.openStart = pending ? pending.start : null;
    return this;
  }
}

const SCAN = new StepScan();

/** Groups the clauses of `text` (cut at `，,；;。`) into dated steps in printed order. */
export function readSteps(text: string, year: number | null): StepReading {
  SCAN.read(text, year);
  // Made at their final size: the steps are output (a pushed array keeps spare slots).
  const steps = new Array<Step>(SCAN.count);
  for (let k = 0; k < SCAN.count; k++) {
    steps[k] = { text: SCAN.stepText(text, k), end: SCAN.ends[k] ?? "", spanStart: SCAN.spanStarts[k] ?? null };
  }
  return { steps, openStarts: SCAN.openStart === null ? [] : [SCAN.openStart], explicitYear: SCAN.explicitYear };
}
