/** Repair of the spaces PDF extraction puts around digits (`2021 年 7 月` → `2021年7月`). */

const SPACE_OR_BREAK = /[ \t\u3000\r\n]/u;

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000;
const isBreak = (c: number): boolean => c === 0x0a || c === 0x0d;
const isDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);

/** Removes whitespace next to an ASCII or full-width digit, and line breaks; other spaces stay. */
export function foldDigitSpaces(s: string): string {
  // Most texts hold no such space at all: one scan instead of two replace passes.
  if (!SPACE_OR_BREAK.test(s)) return s;
  // A maximal run of blanks and breaks goes whole when it holds a break, or when it touches a
  // digit on either side: the same as deleting the break runs first, then the digit-side blanks.
  let out = "";
  let kept = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isBlank(c) && !isBreak(c)) continue;
    let j = i;
    let broken = false;
    for (; j < s.length; j++) {
      const d = s.charCodeAt(j);
      if (isBreak(d)) broken = true;
      else if (!isBlank(d)) break;
    }
    if (broken || (i > 0 && isDigit(s.charCodeAt(i - 1))) || (j < s.length && isDigit(s.charCodeAt(j)))) {
      out += s.slice(kept, i);
      kept = j;
    }
    i = j;
  }
  return kept === 0 ? s : out + s.slice(kept);
}
