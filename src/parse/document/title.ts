/** Reading a 公文 title: its printed form, its genre (文种), the organs heading it, what it carries. */
import { hasOrgSuffix, isOrderTitle, removeSpaces, stripMarkdown, toFullWidthPunctuation } from "../text/index.ts";

/**
 * The title as printed with line-break spaces removed, except the single space that separates
 * co-issuers heading a joint title (`中共大武口区委员会 大武口区人民政府关于…`).
 */
export function normaliseTitle(printed: string): string {
  const text = stripMarkdown(printed).replace(/[\s\u3000]+/gu, " ").trim();
  const at = text.indexOf("关于");
  if (at > 0) {
    const organs = text.slice(0, at).trim().split(" ").filter(Boolean);
    if (organs.length > 1 && organs.every((o) => hasOrgSuffix(o))) {
      return toFullWidthPunctuation(`${organs.join(" ")}${removeSpaces(text.slice(at))}`);
    }
  }
  return toFullWidthPunctuation(removeSpaces(text));
}

// The 15 kinds of 公文 (党政机关公文处理工作条例) first, then forms printed as documents of their own.
const GENRES = ["决议", "决定", "命令", "令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要", "大事记"];
const OTHER_FORMS = ["实施方案", "方案", "办法", "规定", "细则", "规划", "要点", "制度", "规则", "条例"];

/** The title's closing genre word (通知, 决定 …), or null. */
export function genreOf(title: string): string | null {
  const bare = removeSpaces(title).replace(/[（(][^）)]*[）)]$/u, "");
  for (const list of [GENRES, OTHER_FORMS]) {
    const hit = list.filter((g) => bare.endsWith(g)).sort((a, b) => b.length - a.length)[0];
    if (hit) return hit;
  }
  return null;
}

/** The organs heading a title (`X关于…`), split where a joint title separates them by a space. */
export function organsOfTitle(title: string): string[] {
  // An order is titled by its organ alone (`XX县人民政府令`).
  if (isOrderTitle(title)) {
    const organ = removeSpaces(title).slice(0, -1);
    return hasOrgSuffix(organ) ? [organ] : [];
  }
  const at = title.indexOf("关于");
  if (at <= 0) return [];
  return title.slice(0, at).split(/[\s\u3000]+/u).map((o) => o.trim()).filter((o) => o.length > 1 && hasOrgSuffix(o));
}

/** True when the title is a notice that carries another document (印发, 转发 …). */
export function carriesDocument(title: string): boolean {
  // An order promulgates the regulation printed after it (GB/T 9704 命令(令)格式).
  if (isOrderTitle(title)) return true;
  return /(印发|转发|颁发|发布|批转)/u.test(title) && /(通知|决定|意见)$/u.test(removeSpaces(title));
}

/** The name of the carried document as the title gives it (`《X》`, or what follows 印发 …的通知). */
export function carriedName(title: string): string | null {
  const quoted = /《([^》]+)》/u.exec(title);
  if (quoted) return quoted[1] ?? null;
  const plain = /(?:印发|转发|颁发|发布|批转)(.+?)的(?:通知|决定|意见)$/u.exec(removeSpaces(title));
  return plain ? (plain[1] ?? null) : null;
}
