/** Chinese and Arabic integer reading, the base of every date and count the parser meets. */

const DIGITS: Readonly<Record<string, number>> = {
  "〇": 0, "○": 0, "零": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
  "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
};
const UNITS: Readonly<Record<string, number>> = { "十": 10, "百": 100, "千": 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { "万": 10_000, "亿": 100_000_000 };

// Largest first, as the reading splits on them: built once, not on every call.
const BIG_UNITS_DESCENDING = Object.entries(BIG_UNITS).reverse();
// The value of every one-character numeral (一, 十, 万 …): counts like `一批` are read straight off.
const SINGLE: ReadonlyMap<string, number> = new Map([...Object.entries(DIGITS), ...Object.entries(UNITS), ...Object.entries(BIG_UNITS)]);

/** Characters that may appear inside a Chinese numeral (for building matchers). */
export const CHINESE_NUMERAL_CHARS = "〇○零Ｏ一二两三四五六七八九十百千万亿";

/** Folds full-width digits to ASCII so that numbers printed either way read the same. */
export function foldDigits(s: string): string {
  // Full-width digits are rare: a test spares the replace (and its copy) on most strings.
  return FULL_WIDTH_DIGIT.test(s) ? s.replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : s;
}

const FULL_WIDTH_DIGIT = /[０-９]/u;
const FULL_WIDTH_DIGITS = /[０-９]/gu;

function allAsciiDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function readPositional(s: string): number | null {
  // 十三, 一百二十, 三千零五: a sum of digit×unit pairs within one 万 group.
  let total = 0;
  let pending: number | null = null;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      pending = d;
      continue;
    }
    const u = UNITS[ch];
    if (u === undefined) return null;
    total += (pending ?? 1) * u;
    pending = null;
  }
  return total + (pending ?? 0);
}

/** Reads `十三`, `一百二十`, `二〇二一`, `两`, `12`, `１２` as an integer; null when `s` is no number. */
export function parseChineseInt(s: string): number | null {
  // Plain ASCII digits are the common case: no trimming or folding can change them.
  if (allAsciiDigits(s)) return Number.parseInt(s, 10);
  if (s.length === 1) {
    const single = SINGLE.get(s);
    if (single !== undefined) return single;
  }
  const t = foldDigits(s.trim());
  if (t === "") return null;
  if (allAsciiDigits(t)) return Number.parseInt(t, 10);
  let digitsOnly = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charAt(i);
    if (c in DIGITS) continue;
    if (!(c in UNITS || c in BIG_UNITS)) return null;
    digitsOnly = false;
  }
  // Digit-by-digit form (二〇二一): no unit characters at all and more than one digit.
  if (t.length > 1 && digitsOnly) {
    let joined = "";
    for (let i = 0; i < t.length; i++) joined += String(DIGITS[t.charAt(i)]);
    return Number.parseInt(joined, 10);
  }
  let total = 0;
  let rest = t;
  for (const [ch, mult] of BIG_UNITS_DESCENDING) {
    const at = rest.indexOf(ch);
    if (at < 0) continue;
    const head = rest.slice(0, at);
    const v = head === "" ? 1 : readPositional(head);
    if (v === null) return null;
    total += v * mult;
    rest = rest.slice(at + 1);
  }
  if (rest === "") return total;
  const tail = readPositional(rest);
  return tail === null ? null : total + tail;
}

// Digit values (-1 for none) and unit values (0 for none) by char code, for reading in place.
const DIGIT_VALUE = new Int8Array(0x10000).fill(-1);
for (const [ch, d] of Object.entries(DIGITS)) DIGIT_VALUE[ch.charCodeAt(0)] = d;
const UNIT_VALUE = new Uint16Array(0x10000);
for (const [ch, u] of Object.entries(UNITS)) UNIT_VALUE[ch.charCodeAt(0)] = u;

/**
 * `parseChineseInt(text.slice(from, to))` read in place, without the slice: a count's numeral
 * (`三`, `二十`, `两千`) or a date's (`2021`, `十二`) is read this way.
 */
export function chineseIntIn(text: string, from: number, to: number): number | null {
  // Only runs of ASCII digits, or of Chinese digits and 十百千, short enough to sum exactly are
  // read here; the rest (万, 亿, mixed or full-width digits, spaces) take the general path.
  if (to - from > 15 || to <= from) return parseChineseInt(text.slice(from, to));
  let ascii = 0;
  let joined = 0;
  let digitsOnly = true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : (DIGIT_VALUE[c] ?? -1);
    if (c <= 0x39) ascii++;
    if (d >= 0) joined = joined * 10 + d;
    else if (UNIT_VALUE[c] !== 0) digitsOnly = false;
    else return parseChineseInt(text.slice(from, to));
  }
  if (ascii !== 0 && ascii !== to - from) return parseChineseInt(text.slice(from, to));
  // Digit by digit (2021, 二〇二一); else a positional sum (一百二十), as readPositional.
  if (digitsOnly) return joined;
  let total = 0;
  let pending = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const d = DIGIT_VALUE[c] ?? -1;
    if (d >= 0) {
      pending = d;
      continue;
    }
    total += (pending < 0 ? 1 : pending) * (UNIT_VALUE[c] ?? 0);
    pending = -1;
  }
  return total + (pending < 0 ? 0 : pending);
}
