/**
 * Splits a 责任单位 / 牵头单位 / 配合单位 list into organisation names as printed.
 */

// As char codes: charAt of a CJK character allocates a fresh string on every call; compared
// directly, since a Set lookup on every character of a list costs more than five comparisons.
const isSeparator = (c: number): boolean => c === 0x3001 || c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b;
const OPEN_PAREN = "（".charCodeAt(0);
const CLOSE_PAREN = "）".charCodeAt(0);
const AND = "和".charCodeAt(0);
const AS_WELL = "及".charCodeAt(0);
const ROLE_LABEL = /^(?:责任|牵头|配合|主办|协办|支撑|实施)单位[:：]/u;
/** The inline form `（责任单位：…）` printed after a measure. */
const BRACKETED = /^（((?:责任|牵头|配合|主办|协办|支撑|实施)单位[:：].*)）$/u;
/** `等相关部门（单位）` and its variants after a name: a hedge, not part of the name. */
const TRAILING_ETC = /等(?:相关|有关|其他|其它)?(?:部[门門]|单位|机构)?(?:（(?:单位|部[门門])）)?$/u;

// A marker's `*`, a space, a half-width bracket: what the repairs below act on.
const REPAIRABLE = /[*\s()]/u;

/** The print-level repairs before splitting: markdown and spaces out, brackets full-width, labels off. */
function cleanList(text: string): string {
  // Each repair is tested first: most lists need none of them, and a replace copies the string.
  // One scan tells whether any of the first four can apply at all.
  let s = text;
  if (REPAIRABLE.test(s)) {
    if (s.includes("**")) s = s.replace(/\*\*/gu, "");
    if (/\s/u.test(s)) s = s.replace(/\s+/gu, "");
    if (s.includes("(")) s = s.replace(/\(/gu, "（");
    if (s.includes(")")) s = s.replace(/\)/gu, "）");
  }
  if (s.startsWith("（")) s = s.replace(BRACKETED, "$1");
  // Every role label reads `XX单位：`: other lists are not tried against it.
  return s.startsWith("单位", 2) && ROLE_LABEL.test(s) ? s.replace(ROLE_LABEL, "") : s;
}

/** Splits a unit list on 、，,；; and on 和/及 between two complete organisation names, appended to `names`. */
export function splitUnitList(text: string, names: string[] = []): string[] {
  const cleaned = cleanList(text);
  // Split on the list separators, but never inside （…） such as 各县（区）. Every character
  // involved is one UTF-16 unit, so items are index ranges: each is cut further where it holds
  // two names joined by 和/及, and only the names are sliced.
  let depth = 0;
  let start = 0;
  // Whether the current item holds a 和 or 及: only such an item is read again for a cut there.
  let joined = false;
  for (let i = 0; i < cleaned.length; i++) {
    const ch = cleaned.charCodeAt(i);
    if (ch === OPEN_PAREN) depth += 1;
    else if (ch === CLOSE_PAREN) depth = Math.max(0, depth - 1);
    else if (ch === AND || ch === AS_WELL) joined = true;
    else if (depth === 0 && isSeparator(ch)) {
      if (joined) addItem(names, cleaned, start, i);
      else addName(names, cleaned, start, i);
      start = i + 1;
      joined = false;
    }
  }
  if (joined) addItem(names, cleaned, start, cleaned.length);
  else addName(names, cleaned, start, cleaned.length);
  return names;
}

/**
 * Adds the names of the item `text[from, to)`. 和/及 also occur inside names (区人力资源和社会保障局,
 * 农业农村局和水务局), so the item is cut there only where the left side ends like a body and
 * the right side opens with a level prefix.
 */
function addItem(names: string[], text: string, from: number, to: number): void {
  let start = from;
  for (let i = start + 1; i < to - 1; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== AND && ch !== AS_WELL) continue;
    if (!opensWithLevel(text, i + 1, to) || !endsWithHead(text, start, i)) continue;
    addName(names, text, start, i);
    start = i + 1;
    // The rest is searched from its second character, as a new item would be.
    i = start;
  }
  addName(names, text, start, to);
}

// ENDS_WITH_HEAD and STARTS_WITH_LEVEL read at an index, without slicing the item to test it.
const HEAD_CHARS = new Set([..."局委部办室院会队处所站镇乡联团厅社"].map((c) => c.charCodeAt(0)));
const HEAD_PAIRS = ["中心", "政府", "街道", "公司"];
const LEVEL_CHARS = new Set([..."区县市省州盟旗镇乡各"].map((c) => c.charCodeAt(0)));
const LEVEL_WORDS = ["中共", "共青团", "自治区"];

/** Whether `text[from, end)` ends like a complete body (what ENDS_WITH_HEAD tests on the slice). */
export function endsWithHead(text: string, from: number, end: number): boolean {
  if (end <= from) return false;
  const last = text.charCodeAt(end - 1);
  if (HEAD_CHARS.has(last)) return true;
  for (const pair of HEAD_PAIRS) if (end - from >= 2 && text.startsWith(pair, end - 2)) return true;
  if (last !== CLOSE_PAREN) return false;
  // `（[^）]*）$`: an opening bracket before the last with no closing one between.
  for (let i = end - 2; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === OPEN_PAREN) return true;
    if (c === CLOSE_PAREN) return false;
  }
  return false;
}

/** Whether `text[from, to)` opens like a complete body (what STARTS_WITH_LEVEL tests on the slice). */
export function opensWithLevel(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  if (LEVEL_CHARS.has(text.charCodeAt(from))) return true;
  for (const word of LEVEL_WORDS) if (to - from >= word.length && text.startsWith(word, from)) return true;
  return false;
}

// Closing punctuation a name may end with (`区发改局。`), dropped from the end.
const CLOSING_LAST = new Set([..."。．.：:"].map((c) => c.charCodeAt(0)));
// The last characters TRAILING_ETC can end on: other names cannot carry the hedge.
const ETC_LAST = new Set([..."等关他它门門位构）"].map((c) => c.charCodeAt(0)));

/** Adds `text[from, to)` as a name: closing punctuation (`区发改局。`) and a trailing 等… hedge dropped. */
function addName(names: string[], text: string, from: number, to: number): void {
  // The closing run read backwards from the end: no regex scan from the start.
  let end = to;
  while (end > from && CLOSING_LAST.has(text.charCodeAt(end - 1))) end--;
  if (end === from) return;
  const name = text.slice(from, end);
  const stripped = ETC_LAST.has(name.charCodeAt(name.length - 1)) ? name.replace(TRAILING_ETC, "") : name;
  // A stand-alone 等… is kept rather than dropped: it is all the list says.
  names.push(stripped === "" ? name : stripped);
}
