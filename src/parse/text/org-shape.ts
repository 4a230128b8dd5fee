/**
 * The shape of an organisation's name, enough to tell a complete name from a fragment cut at a
 * page break. The registry in parse/orgs decides which body a name means; this only looks.
 */

const ORG_SUFFIX = /(局|分局|委员会|委|办公室|办|部|厅|院|署|会|联|团|队|大队|所|站|中心|政府|镇|乡|街道|办事处|公司|集团|银行|社区|村|学校|医院|馆|单位|部门|组)$/u;

/** True when a name ends the way organisation names end (局, 委员会, 办事处, 镇 …). */
export function hasOrgSuffix(name: string): boolean {
  return ORG_SUFFIX.test(name.replace(/[（(][^）)]*[）)]$/u, ""));
}

/** True when a short text reads as one organisation name (no sentence punctuation, an org ending). */
export function looksLikeOrgName(text: string): boolean {
  const t = text.replace(/[\s\u3000]+/gu, "");
  return t.length >= 2 && t.length <= 30 && !/[。；：:;，,、！？]/u.test(t) && hasOrgSuffix(t);
}
