/**
 * Splits a 责任单位 / 牵头单位 / 配合单位 list into organisation names as printed.
 */

const SEPARATORS = new Set(["、", "，", ",", "；", ";"]);
const ROLE_LABEL = /^(?:责任|牵头|配合|主办|协办|支撑|实施)单位[:：]/u;
/** The inline form `（责任单位：…）` printed after a measure. */
const BRACKETED = /^（((?:责任|牵头|配合|主办|协办|支撑|实施)单位[:：].*)）$/u;
/** A name that ends like a complete body (the left side of a 和/及 split). */
const ENDS_WITH_HEAD = /(?:局|委|部|办|室|院|会|队|处|所|站|中心|政府|街道|镇|乡|联|团|厅|社|公司|（[^）]*）)$/u;
/** A name that opens like a complete body (the right side of a 和/及 split). */
const STARTS_WITH_LEVEL = /^(?:区|县|市|省|州|盟|旗|镇|乡|各|中共|共青团|自治区)/u;
/** `等相关部门（单位）` and its variants after a name: a hedge, not part of the name. */
const TRAILING_ETC = /等(?:相关|有关|其他|其它)?(?:部[门門]|单位|机构)?(?:（(?:单位|部[门門])）)?$/u;

/** Splits a unit list on 、，,；; and on 和/及 between two complete organisation names. */
export function splitUnitList(text: string): string[] {
  const cleaned = text
    .replace(/\*\*/gu, "")
    .replace(/\s+/gu, "")
    .replace(/\(/gu, "（")
    .replace(/\)/gu, "）")
    .replace(BRACKETED, "$1")
    .replace(ROLE_LABEL, "");
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
  let current = "";
  for (const ch of text) {
    if (ch === "（") depth += 1;
    else if (ch === "）") depth = Math.max(0, depth - 1);
    if (depth === 0 && SEPARATORS.has(ch)) {
      items.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  items.push(current);
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
    const ch = text[i];
    if (ch !== "和" && ch !== "及") continue;
    if (ENDS_WITH_HEAD.test(text.slice(0, i)) && STARTS_WITH_LEVEL.test(text.slice(i + 1))) return i;
  }
  return -1;
}

function tidy(part: string): string {
  const name = part.replace(/[。．.：:]+$/u, "");
  const stripped = name.replace(TRAILING_ETC, "");
  // A stand-alone 等… is kept rather than dropped: it is all the list says.
  return stripped === "" ? name : stripped;
}
