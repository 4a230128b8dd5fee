/** Numeric goals (`农村自来水普及率达到98%以上`) read out of a measure's text. */
import type { Target } from "../../model/index.ts";
// Straight from the modules, not the indexes: each re-export layer is a getter call under tsx.
import { ClauseDates } from "../deadline/date-terms.ts";
import { CharSet } from "../chars/char-set.ts";
import { foldDigits } from "../numerals/chinese-int.ts";
import { foldDigitSpaces } from "../numerals/digit-spaces.ts";
import { isSpace } from "../../model/spaces.ts";
import { HitBuffer, NumberBuffer, readClauseHits } from "./clause-hits.ts";
import { COMPARATORS, UNITS } from "./lexicon.ts";
import { guessMetricIn } from "./metric.ts";
import { CHINESE_DIGITS, readNumberAt } from "./number-scan.ts";
import type { NumberSlot } from "./number-scan.ts";

/** What the caller knows about the text's setting: the year that `年内`/`到年底` mean. */
export interface TargetContext {
  year?: number;
}

// What each character means to the one scan of a measure, one bit per role.
const FOLD = 1; // a blank, break or full-width digit: the text must be folded first
const DIGIT = 2; // may start a unit-bearing number
const BREAK = 4; // ends a clause: `，,：:。；;！？!?`
const SENTENCE_END = 8; // ends a sentence: `。；;！？!?`
const ANCHOR = 16; // held by every dated point (年, 月, 季度, 节, a dotted date's dot …)
const OPEN = 32; // an opening quote or title bracket
const CLOSE = 64; // a closing one
const STRAIGHT = 128; // `"`, which opens and closes alike
const ROLE = new Uint8Array(0x10000);
function mark(chars: string, bit: number): void {
  for (let i = 0; i < chars.length; i++) ROLE[chars.charCodeAt(i)] = (ROLE[chars.charCodeAt(i)] ?? 0) | bit;
}
mark(" \t\u3000\r\n０１２３４５６７８９", FOLD);
mark(`0123456789${CHINESE_DIGITS}`, DIGIT);
mark("，,：:。；;！？!?", BREAK);
mark("。；;！？!?", SENTENCE_END);
mark("年月季节庆旦考.．/", ANCHOR);
mark("“《〈「『", OPEN);
mark("”》〉」』", CLOSE);
mark("\"", STRAIGHT);
// The characters with any role, asked about first: a small bitmap stays cached where ROLE would not.
const SPECIAL = new CharSet();
ROLE.forEach((role, code) => {
  if (role !== 0) SPECIAL.add(code);
});

// Scratch state of the scan, reused from measure to measure: the parse is synchronous.
const NUMBERS = new NumberBuffer();
const HITS = new HitBuffer();
const SLOT: NumberSlot = { found: false, numberEnd: 0, unitAt: 0, unit: 0, end: 0 };
const DATES = new ClauseDates();
// Offsets of the current sentence's clauses that may hold a date and are not read yet.
let undated = new Int32Array(16);

/**
 * One pass over `text` that cuts clauses, tracks quotes, finds unit-bearing numbers and reads
 * the goals of each clause holding some into `out`, segment texts cut from `clean` (the same
 * offsets). Unless `folded`, gives up (false) at the first character a fold would change.
 */
function scan(text: string, clean: string, folded: boolean, year: number | null, out: Target[]): boolean {
  const fold = folded ? 0 : FOLD;
  NUMBERS.count = 0;
  let undatedEnd = 0;
  let by: string | null = null;
  let from = 0;
  let anchored = false;
  let depth = 0;
  let straight = false;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    // Most characters mean nothing here: a tight loop passes them.
    while (i < length && !SPECIAL.has(text.charCodeAt(i))) i++;
    // The text's end closes the last clause.
    const role = i < length ? (ROLE[text.charCodeAt(i)] ?? 0) : BREAK;
    if ((role & fold) !== 0) return false;
    if ((role & DIGIT) !== 0) {
      const next = readNumberAt(text, i, SLOT);
      if (SLOT.found) {
        // The digits and spaces skipped: a fraction's dot may date, a blank must be folded.
        for (let k = i; k < SLOT.unitAt; k++) {
          const r = ROLE[text.charCodeAt(k)] ?? 0;
          if ((r & fold) !== 0) return false;
          if ((r & ANCHOR) !== 0) anchored = true;
        }
        NUMBERS.push(i, SLOT.numberEnd, SLOT.end, SLOT.unit, depth > 0 || straight);
      }
      i = next - 1;
      continue;
    }
    if ((role & ANCHOR) !== 0) anchored = true;
    if ((role & STRAIGHT) !== 0) straight = !straight;
    if ((role & OPEN) !== 0) depth++;
    if ((role & CLOSE) !== 0 && depth > 0) depth--;
    if ((role & BREAK) === 0) continue;
    if (i > from) {
      if (anchored) {
        if (undatedEnd + 2 > undated.length) {
          const bigger = new Int32Array(undated.length * 2);
          bigger.set(undated);
          undated = bigger;
        }
        undated[undatedEnd++] = from;
        undated[undatedEnd++] = i;
      }
      if (NUMBERS.count > 0) {
        readClauseHits(text, from, i, NUMBERS, HITS);
        NUMBERS.count = 0;
        if (HITS.count > 0) {
          // Clauses of the sentence are dated only once a goal needs them, each once.
          for (let k = 0; k < undatedEnd; k += 2) by = DATES.read(text, undated[k] ?? 0, undated[k + 1] ?? 0, year).closeEnd ?? by;
          undatedEnd = 0;
          emit(clean, by, out);
        }
      }
    }
    if ((role & SENTENCE_END) !== 0) {
      by = null;
      undatedEnd = 0;
    }
    from = i + 1;
    anchored = false;
  }
  return true;
}

/** Turns the goals of the clause just read into targets. */
function emit(clean: string, by: string | null, out: Target[]): void {
  for (let j = 0; j < HITS.count; j++) {
    const a = HITS.segFrom[j] ?? 0;
    const b = HITS.segTo[j] ?? 0;
    let s = a;
    let e = b;
    while (s < e && isSpace(clean.charCodeAt(s))) s++;
    while (e > s && isSpace(clean.charCodeAt(e - 1))) e--;
    out.push({
      text: clean.slice(s, e),
      metric: guessMetricIn(clean, a, b, HITS.at[j] ?? 0, HITS.unitEnd[j] ?? 0),
      comparator: COMPARATORS[HITS.comparator[j] ?? 0] ?? "=",
      value: HITS.value[j] ?? 0,
      unit: UNITS[HITS.unit[j] ?? 0] ?? "",
      by,
    });
  }
}

/** Finds the numeric goals in a measure's text; `by` is set only where the sentence dates them. */
export function extractTargets(text: string, context: TargetContext = {}): Target[] {
  const year = context.year ?? null;
  const out: Target[] = [];
  // Most measures hold neither a space nor a full-width digit: read as printed unless one shows.
  if (scan(text, text, false, year, out)) return exact(out);
  const clean = foldDigitSpaces(text);
  const folded: Target[] = [];
  scan(foldDigits(clean), clean, true, year, folded);
  return exact(folded);
}

/** The goals at their final size: the list is output, and a pushed array keeps spare slots the GC copies. */
function exact(goals: Target[]): Target[] {
  return goals.length === 0 ? goals : goals.slice();
}
