/** Cutting a measure into sentences and clauses, and masking quoted names (`“三名”`, `《…》`). */

/** A clause of a sentence, with its offsets in the text it was cut from. */
export interface Clause {
  from: number;
  to: number;
  text: string;
  /** Index of the sentence (cut at `。；;！？`) the clause belongs to. */
  sentence: number;
}

/** True for the punctuation that ends a sentence: `。；;！？!?`. */
export function endsSentence(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
}

/** True for the punctuation that ends a clause: a sentence end or `，,：:`. */
export function endsClause(c: number): boolean {
  return c === 0xff0c || c === 0x2c || c === 0xff1a || c === 0x3a || endsSentence(c);
}


/** Splits `text` at clause punctuation; offsets point into `text`. */
export function splitClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let sentence = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c >= 0 && !endsClause(c)) continue;
    if (i > from) out.push({ from, to: i, text: text.slice(from, i), sentence });
    if (c >= 0 && endsSentence(c)) sentence++;
    from = i + 1;
  }
  return out;
}

const OPEN = "“《〈「『\"";
const CLOSE = "”》〉」』\"";
const QUOTE_MARKS = /[“《〈「『”》〉」』"]/gu;

/** Marks the characters inside quotation marks or title brackets, where numbers are names. */
export function quotedMask(text: string): boolean[] {
  const quotes = new QuoteTracker(text);
  const mask: boolean[] = [];
  for (let i = 0; i < text.length; i++) mask.push(quotes.quotedAt(i));
  return mask;
}

/**
 * `quotedMask` read lazily at increasing positions: a measure is asked about a few numbers only,
 * so it jumps from quote mark to quote mark instead of building a mask as long as the text.
 */
export class QuoteTracker {
  private readonly text: string;
  /** Position of the next quote mark not applied yet, or -1. */
  private next: number;
  private depth = 0;
  private straight = false;
  /** Position and mask of the last quote mark applied. */
  private markAt = -1;
  private markMask = false;

  constructor(text: string) {
    this.text = text;
    this.next = this.find(0);
  }

  private find(from: number): number {
    QUOTE_MARKS.lastIndex = from;
    return QUOTE_MARKS.exec(this.text)?.index ?? -1;
  }

  /** Whether the character at `i` is quoted; `i` must not decrease from call to call. */
  quotedAt(i: number): boolean {
    while (this.next >= 0 && this.next <= i) {
      const ch = this.text.charAt(this.next);
      if (ch === "\"") {
        this.straight = !this.straight;
        this.markMask = true;
      } else {
        if (OPEN.includes(ch)) this.depth++;
        this.markMask = this.depth > 0 || this.straight;
        if (CLOSE.includes(ch) && this.depth > 0) this.depth--;
      }
      this.markAt = this.next;
      this.next = this.find(this.next + 1);
    }
    // Between quote marks the state stands still.
    return this.markAt === i ? this.markMask : this.depth > 0 || this.straight;
  }
}
