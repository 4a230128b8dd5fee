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
/** A name that ends like a complete body (the left side of a 和/及 split). */
const ENDS_WITH_HEAD = /(?:局|委|部|办|室|院|会|队|处|所|站|中心|政府|街道|镇|乡|联|团|厅|社|公司|（[^）]*）)$/u;
/** A name that opens like a complete body (the right side of a 和/及 split). */
const STARTS_WITH_LEVEL = /^(?:区|县|市|省|州|盟|旗|镇|乡|各|中共|共青团|自治区)/u;
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
  return ROLE_LABEL.test(s) ? s.replace(ROLE_LABEL, "") : s;
}

/** Splits a unit list on 、，,；; and on 和/及 between two complete organisation names. */
export function splitUnitList(text: string): string[] {
  const cleaned = cleanList(text);
  const names: string[] = [];
  for (const item of splitOutsideParens(cleaned)) {
    for (const part of splitOnConnectors(item)) {
      const name = tidy(part);
      if (name !== "") names.push(name);
    }
  }
  return names;
}

/** Splits on the list separators, but never inside （…） such as 各县（区）. */
function splitOutsideParens(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  // Every character involved is one UTF-16 unit, so the items are slices between separators.
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === OPEN_PAREN) depth += 1;
    else if (ch === CLOSE_PAREN) depth = Math.max(0, depth - 1);
    else if (depth === 0 && isSeparator(ch)) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  items.push(text.slice(start));
  return items;
}

/**
 * 和/及 also occur inside names (区人力资源和社会保障局, 农业农村局和水务局), so a split is
 * made only where the left side ends like a body and the right side opens with a level prefix.
 */
function splitOnConnectors(item: string): string[] {
  const parts: string[] = [];
  let rest = item;
  for (;;) {
    const at = findSplit(rest);
    if (at < 0) break;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  parts.push(rest);
  return parts;
}

function findSplit(text: string): number {
  for (let i = 1; i < text.length - 1; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch !== AND && ch !== AS_WELL) continue;
    if (ENDS_WITH_HEAD.test(text.slice(0, i)) && STARTS_WITH_LEVEL.test(text.slice(i + 1))) return i;
  }
  return -1;
}

// Closing punctuation a name may end with (`区发改局。`), dropped from the end.
const CLOSING_LAST = new Set([..."。．.：:"].map((c) => c.charCodeAt(0)));
// The last characters TRAILING_ETC can end on: other names cannot carry the hedge.
const ETC_LAST = new Set([..."等关他它门門位构）"].map((c) => c.charCodeAt(0)));

/** `part` without the run of closing punctuation it ends with, read backwards (no regex scan from the start). */
function dropClosing(part: string): string {
  let end = part.length;
  while (end > 0 && CLOSING_LAST.has(part.charCodeAt(end - 1))) end--;
  return end === part.length ? part : part.slice(0, end);
}

function tidy(part: string): string {
  const name = dropClosing(part);
  const stripped = ETC_LAST.has(name.charCodeAt(name.length - 1)) ? name.replace(TRAILING_ETC, "") : name;
  // A stand-alone 等… is kept rather than dropped: it is all the list says.
  return stripped === "" ? name : stripped;
}
