/**
 * A fast path for the recall bigrams of the common case: folded text made only of common CJK
 * ideographs, ASCII letters and digits, whitespace and ordinary punctuation. It gives exactly
 * what the Unicode-property regexes of `textRuns` give (a CJK run continues across whitespace,
 * any other separator ends a run) at a fraction of the cost. For any other character it gives
 * up, and the caller takes the regex path.
 */

const CJK = 1;
const WORD = 2;
const SPACE = 3;
const SEPARATOR = 4;
const OTHER = 0;

/** What a UTF-16 code unit is; OTHER for everything this fast path does not decide. */
function kind(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fef) return CJK;
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return WORD;
    // Upper case never survives folding; if it is there, the regex path decides.
    if (c >= 0x41 && c <= 0x5a) return OTHER;
    return c === 0x20 || (c >= 0x09 && c <= 0x0d) ? SPACE : SEPARATOR;
  }
  if (c === 0x3000 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f) return SPACE;
  // CJK punctuation (、。〃〈〉《》「」『』【】〔〕…) and general punctuation (“”‘’—…‰※): no letters or digits among them.
  if ((c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x301f)) return SEPARATOR;
  if ((c >= 0x200b && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e)) return SEPARATOR;
  if (c >= 0xff01 && c <= 0xff0f) return SEPARATOR;
  return OTHER;
}

/**
 * Appends the bigrams of `folded` to `out` (words clipped by `clip`) and returns true, or
 * returns false, with `out` as it was, when the text holds a character it does not decide.
 */
export function fastBigrams(folded: string, out: string[], clip: (word: string) => string): boolean {
  const start = out.length;
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const k = kind(folded.charCodeAt(i));
    if (k === OTHER) {
      out.length = start;
      return false;
    }
    if (k === CJK) {
      let run = "";
      let j = i;
      for (;;) {
        while (j < n && kind(folded.charCodeAt(j)) === CJK) j++;
        run += folded.slice(i, j);
        let w = j;
        while (w < n && kind(folded.charCodeAt(w)) === SPACE) w++;
        // Whitespace between two CJK characters is a line wrap, not a word break.
        if (w === j || w >= n || kind(folded.charCodeAt(w)) !== CJK) break;
        i = w;
        j = w;
      }
      if (run.length === 1) out.push(run);
      for (let g = 0; g + 1 < run.length; g++) out.push(run.slice(g, g + 2));
      i = j;
    } else if (k === WORD) {
      let j = i;
      while (j < n && kind(folded.charCodeAt(j)) === WORD) j++;
      out.push(clip(folded.slice(i, j)));
      i = j;
    } else {
      i++;
    }
  }
  return true;
}
