/** Cutting a measure into sentences and clauses, and masking quoted names (`“三名”`, `《…》`). */

/** A clause of a sentence, with its offsets in the text it was cut from. */
export interface Clause {
  from: number;
  to: number;
  text: string;
  /** Index of the sentence (cut at `。；;！？`) the clause belongs to. */
  sentence: number;
}

/** Splits `text` at clause punctuation; offsets point into `text`. */
export function splitClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let sentence = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch !== undefined && !/[，,：:。；;！？!?]/u.test(ch)) continue;
    if (i > from) out.push({ from, to: i, text: text.slice(from, i), sentence });
    if (ch !== undefined && /[。；;！？!?]/u.test(ch)) sentence++;
    from = i + 1;
  }
  return out;
}

const OPEN = "“《〈「『\"";
const CLOSE = "”》〉」』\"";

/** Marks the characters inside quotation marks or title brackets, where numbers are names. */
export function quotedMask(text: string): boolean[] {
  const mask: boolean[] = [];
  let depth = 0;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (ch === "\"") {
      straight = !straight;
      mask.push(true);
      continue;
    }
    if (OPEN.includes(ch)) depth++;
    mask.push(depth > 0 || straight);
    if (CLOSE.includes(ch) && depth > 0) depth--;
  }
  return mask;
}
