/**
 * The frame of a 公文 after its title and number: 主送机关, the body, the signature (发文机关署名)
 * with its 成文日期, the 附注 on disclosure, and whatever follows (the carried document,
 * attachments). GB/T 9704 fixes this order; each part is optional.
 */
import { isSpace } from "../../model/spaces.ts";
import { parseDateLiteral } from "../numerals/index.ts";
import { DATE_LINE, looksLikeOrgName, removeSpaces, titleText, type Paragraph } from "../text/index.ts";

/** The frame of one document, as paragraph indexes into the document's paragraphs. */
export interface Layout {
  recipients: string[];
  bodyStart: number;
  bodyEnd: number;
  issuers: string[];
  date: string | null;
  /** The date as printed when it names no real day. */
  invalidDate: { text: string; line: number } | null;
  publicity: string | null;
  /** First paragraph after the signature block. */
  tailStart: number;
}

/** A post and a person's name: `县长　周立新`, `区长 李明`, `主任：王强`. */
const SIGNER = /^\p{Script=Han}{0,8}(长|主任|书记|主席)[\s\u3000：:]+\p{Script=Han}{2,4}$/u;

const PUBLICITY = /^[（(]\s*(此件[^）)]*)[）)]$/u;

/** Splits a 主送机关 line into addressees (`、`, `，`), dropping the closing colon. */
export function splitRecipients(text: string): string[] {
  return titleText(text.replace(/[：:]\s*$/u, ""))
    .split(/[、，,；;]/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function isRecipients(text: string): boolean {
  return /[：:]$/u.test(text) && !/[。；;]/u.test(text) && text.length <= 200 && !/^(附\s*件|责任单位|牵头单位)/u.test(text);
}

const RI = "日".charCodeAt(0);

/** Whether the last character other than a space is 日, as it is in every DATE_LINE: other paragraphs are not copied to be tested. */
export function endsWithRi(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i >= 0 && text.charCodeAt(i) === RI;
}

/** Reads the frame of a document from its paragraphs (title and number already taken off). */
export function readLayout(paragraphs: readonly Paragraph[]): Layout {
  const layout: Layout = { recipients: [], bodyStart: 0, bodyEnd: paragraphs.length, issuers: [], date: null, invalidDate: null, publicity: null, tailStart: paragraphs.length };
  const first = paragraphs[0];
  if (first && !first.table && isRecipients(first.text)) {
    layout.recipients = splitRecipients(first.text);
    layout.bodyStart = 1;
  }
  for (let d = layout.bodyStart; d < paragraphs.length; d++) {
    const p = paragraphs[d] as Paragraph;
    if (p.table || !endsWithRi(p.text) || !DATE_LINE.test(removeSpaces(p.text))) continue;
    let s = d;
    while (s > layout.bodyStart && d - s < 4 && looksLikeOrgName((paragraphs[s - 1] as Paragraph).text)) s--;
    // An order is signed by its head's post and name (`县长　周立新`), not by an organ.
    const signer = s === d && s > layout.bodyStart && SIGNER.test((paragraphs[s - 1] as Paragraph).text);
    if (signer) s--;
    const next = paragraphs[d + 1];
    const signed = s < d;
    // An unsigned date counts only where it closes the text (a 附注 or the end follows).
    if (!signed && next && !PUBLICITY.test(next.text)) continue;
    layout.bodyEnd = s;
    layout.issuers = signer ? [] : paragraphs.slice(s, d).map((q) => titleText(q.text));
    const literal = parseDateLiteral(removeSpaces(p.text));
    layout.date = literal?.iso ?? null;
    if (literal && !literal.iso) layout.invalidDate = { text: literal.text, line: p.start };
    layout.tailStart = d + 1;
    const publicity = next ? PUBLICITY.exec(next.text) : null;
    if (publicity) {
      layout.publicity = removeSpaces(publicity[1] ?? "");
      layout.tailStart = d + 2;
    }
    break;
  }
  return layout;
}
