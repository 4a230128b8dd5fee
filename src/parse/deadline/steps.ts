/**
 * Splitting a 完成时限 into dated steps: clauses cut at `，,；;。`, an undated clause joining the
 * step before it, and an open start (`4月份开始…`) joining the dated clause that closes it.
 */
import { findDateTerms } from "./date-terms.ts";
import type { DateTerm } from "./date-terms.ts";

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

interface Clause { from: number; to: number; terms: DateTerm[] }

const CLAUSE = /[^，,；;。]+/gu;

function clauses(text: string, year: number | null): Clause[] {
  const out: Clause[] = [];
  let carried = year;
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(text); m; m = CLAUSE.exec(text)) {
    const terms = findDateTerms(m[0], carried);
    const last = terms.at(-1);
    if (last) carried = last.year;
    out.push({ from: m.index, to: m.index + m[0].length, terms });
  }
  return out;
}

/** Groups the clauses of `text` into dated steps in printed order. */
export function readSteps(text: string, year: number | null): StepReading {
  const all = clauses(text, year);
  const groups: { from: number; to: number; end: string; spanStart: string | null }[] = [];
  let pending: { from: number; to: number; start: string } | null = null;
  let leadingFrom: number | null = null;
  const openStarts: string[] = [];
  let explicitYear = false;
  for (const c of all) {
    // The latest end and the first span among the clause's closing (not open) terms.
    let end: string | null = null;
    let span: DateTerm | undefined;
    for (const t of c.terms) {
      if (t.explicitYear) explicitYear = true;
      if (t.role === "open") continue;
      if (end === null || t.end > end) end = t.end;
      if (span === undefined && t.role === "span") span = t;
    }
    if (end !== null) {
      const from = pending?.from ?? leadingFrom ?? c.from;
      groups.push({ from, to: c.to, end, spanStart: span?.start ?? null });
      pending = null;
      leadingFrom = null;
    } else if (c.terms.length > 0) {
      const start = c.terms[0]?.start ?? "";
      if (pending) pending.to = c.to;
      else pending = { from: c.from, to: c.to, start };
    } else if (pending) {
      pending.to = c.to;
    } else {
      const prev = groups.at(-1);
      if (prev) prev.to = c.to;
      else leadingFrom ??= c.from;
    }
  }
  if (pending) openStarts.push(pending.start);
  return {
    steps: groups.map((g) => ({ text: text.slice(g.from, g.to).trim(), end: g.end, spanStart: g.spanStart })),
    openStarts,
    explicitYear,
  };
}
