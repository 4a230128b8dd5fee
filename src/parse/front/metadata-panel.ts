/**
 * A single document as a government website publishes it: a metadata panel (索引号, 发文字号,
 * 成文日期, 发文机关 …) and site menus around the document text. The panel gives what the text
 * may not print; the menus and footers are left out of the document.
 */
import type { Document } from "../../model/index.ts";
import { parseDateLiteral } from "../numerals/index.ts";
import type { DocumentBounds } from "../segment/index.ts";
import { cleanLine, matchKey, readDocNumber, removeSpaces } from "../text/index.ts";

/** What a metadata panel gives, where the document lies, and how to apply the panel to it. */
export interface MetadataPanel {
  bounds: DocumentBounds;
  year: number | undefined;
  issuer: string | undefined;
  apply(doc: Document): void;
}

const PANEL_KEYS: Record<string, string> = {
  索引号: "index", 发文字号: "number", 文号: "number", 成文日期: "date", 发文日期: "date", 发布日期: "published",
  发文机关: "issuer", 发布机构: "issuer", 发文单位: "issuer", 标题: "title", 名称: "title", 主题分类: "topic", 有效性: "validity",
};
const KEY_RE = new RegExp(`(${Object.keys(PANEL_KEYS).join("|")})\\s*[:：]\\s*`, "gu");
const FOOTER = /(打印本页|关闭窗口|【打印】|【关闭】|版权所有|网站标识码|ICP备|公网安备|网站地图|联系我们|上一篇|下一篇|扫一扫|分享到)/u;
const IMPRINT = /^(主办单位|承办单位|技术支持|联系电话)[:：]/u;
/** Lines searched for a panel: it sits at the head of a web page. */
const PANEL_LINES = 200;
const KEY_START = new RegExp(`^[•·●◆■\\-*\\s]*(${Object.keys(PANEL_KEYS).join("|")})\\s*[:：]`, "u");

function nextNonBlank(lines: readonly string[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (cleanLine(lines[i] ?? "") !== "") return i;
  return -1;
}

const MENU = /^(首页|当前位置|您当前的位置|您的位置|[•·●◆■]\s*$)/u;

/** Finds a website metadata panel and the document it describes; null when there is none. */
export function readMetadataPanel(lines: readonly string[]): MetadataPanel | null {
  const values: Record<string, string> = {};
  let panelEnd = -1;
  const limit = Math.min(lines.length, PANEL_LINES);
  for (let i = 0; i < limit; i++) {
    const text = cleanLine(lines[i] ?? "");
    const matches = [...text.matchAll(KEY_RE)];
    if (matches.length === 0) continue;
    panelEnd = i;
    matches.forEach((m, k) => {
      const next = matches[k + 1];
      let value = text.slice((m.index ?? 0) + m[0].length, next ? next.index : undefined).trim();
      // `• 发文字号:` with its value on the next non-blank line (a panel laid out in two columns).
      if (value === "" && next === undefined) {
        const at = nextNonBlank(lines, i + 1, limit);
        const candidate = at >= 0 ? cleanLine(lines[at] ?? "") : "";
        if (candidate !== "" && !KEY_START.test(candidate) && !MENU.test(candidate)) {
          value = candidate;
          panelEnd = at;
          i = at;
        }
      }
      const field = PANEL_KEYS[m[1] ?? ""];
      if (field && value && !(field in values)) values[field] = value;
    });
  }
  if (panelEnd < 0 || (!values["number"] && !values["title"])) return null;
  // The document starts at its title after the panel (or at the panel's 标题), and ends before the footer.
  const titleKey = values["title"] ? matchKey(values["title"]) : null;
  let start = -1;
  for (let i = panelEnd + 1; i < lines.length; i++) {
    const text = cleanLine(lines[i] ?? "");
    if (text === "" || MENU.test(text)) continue;
    if (titleKey === null || matchKey(text) === titleKey || titleKey.startsWith(matchKey(text))) { start = i; break; }
  }
  if (start < 0) return null;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) if (FOOTER.test(cleanLine(lines[i] ?? ""))) { end = i; break; }
  // `主办单位：` heads a site's imprint but also a task's unit block: it ends the text only in the trailing imprint.
  for (let i = end - 1; i > start; i--) {
    const text = cleanLine(lines[i] ?? "");
    if (text !== "" && !IMPRINT.test(text)) break;
    end = i;
  }
  while (end > start + 1 && cleanLine(lines[end - 1] ?? "") === "") end--;
  let numberLine: number | null = null;
  for (let i = start + 1; i < Math.min(end, start + 6); i++) {
    const t = removeSpaces(cleanLine(lines[i] ?? ""));
    if (t && readDocNumber(t)?.docNumber && /号$/u.test(t) && t.length <= 30) { numberLine = i; break; }
  }
  let titleEnd = start + 1;
  if (titleKey) while (titleEnd < end && matchKey(lines.slice(start, titleEnd).join("")).length < titleKey.length && cleanLine(lines[titleEnd] ?? "") !== "") titleEnd++;
  const date = values["date"] ? parseDateLiteral(removeSpaces(values["date"])) : null;
  const number = values["number"] ? readDocNumber(values["number"]) : null;
  return {
    bounds: { start, titleEnd, numberLine, end, toc: null, chronicle: false },
    year: date?.year ?? number?.year,
    issuer: values["issuer"],
    apply(doc: Document): void {
      if (!doc.docNumber && number) {
        doc.docNumber = number.docNumber;
        doc.docNumberParts = { agency: number.agency, year: number.year, serial: number.serial };
      }
      if (!doc.date && date?.iso) doc.date = date.iso;
      if (doc.issuers.length === 0 && values["issuer"]) doc.issuers = values["issuer"].split(/[\s、，,]+/u).filter(Boolean);
    },
  };
}
