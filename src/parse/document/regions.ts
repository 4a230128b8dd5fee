/**
 * Splitting a run of paragraphs into the main text, its attachments (附件) and a glossary
 * (名词解释). A `附件：X` line is only a mention when the attachment itself follows under its
 * own heading; the heading and the line after it name the attachment.
 */
import { readLabel, titleText, type Paragraph } from "../text/index.ts";

/** One attachment: its label, title as printed in its heading, and its paragraphs. */
export interface AttachmentRegion {
  label: string;
  title: string;
  titleLine: number;
  /** The title given where the attachment is mentioned (`附件：X`), when it differs. */
  mentioned: string | null;
  paragraphs: Paragraph[];
}

/** The regions of a text. */
export interface Regions {
  main: Paragraph[];
  attachments: AttachmentRegion[];
  glossary: Paragraph[] | null;
  /** Attachment titles as mentioned in the text, in order. */
  mentions: string[];
}

const STANDALONE = /^附\s*件\s*(\d{1,2})?\s*[:：]?$/u;
const INLINE = /^附\s*件\s*(\d{1,2})?\s*[:：]\s*(.+)$/u;
const GLOSSARY = /(名词解释|名词释义|术语解释|相关名词|有关名词)/u;

// Both attachment patterns open with 附: other paragraphs are tried against neither.
const FU = "附".charCodeAt(0);

function isGlossaryHeading(p: Paragraph): boolean {
  // Every GLOSSARY word holds 名词 or 术语: other short paragraphs are tried against neither pattern.
  if (p.table || p.text.length > 40 || (!p.text.includes("名词") && !p.text.includes("术语"))) return false;
  return !/[。；]/u.test(p.text) && GLOSSARY.test(p.text);
}

/** Index of the last paragraph that is a standalone `附件` heading, or -1. */
function lastStandalone(paragraphs: readonly Paragraph[]): number {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i] as Paragraph;
    if (!p.table && p.text.charCodeAt(0) === FU && STANDALONE.test(p.text)) return i;
  }
  return -1;
}

/** Splits paragraphs into main text, attachments and glossary. */
export function splitRegions(paragraphs: readonly Paragraph[]): Regions {
  const regions: Regions = { main: [], attachments: [], glossary: null, mentions: [] };
  let current: Paragraph[] = regions.main;
  // Where the last standalone heading stands, looked up once when a mention first asks.
  let lastHeading: number | undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    if (p.table) { current.push(p); continue; }
    const opensWithFu = p.text.charCodeAt(0) === FU;
    const standalone = opensWithFu ? STANDALONE.exec(p.text) : null;
    if (standalone) {
      const titlePara = paragraphs[i + 1];
      const hasTitle = titlePara !== undefined && !titlePara.table && !STANDALONE.test(titlePara.text);
      const label = `附件${standalone[1] ?? ""}`;
      const index = standalone[1] ? Number(standalone[1]) - 1 : regions.attachments.length;
      const region: AttachmentRegion = {
        label,
        title: hasTitle ? titleText(titlePara.text) : "",
        titleLine: hasTitle ? titlePara.start : p.start,
        mentioned: regions.mentions[index] ?? null,
        paragraphs: [],
      };
      regions.attachments.push(region);
      current = region.paragraphs;
      if (hasTitle) i++;
      continue;
    }
    const inline = opensWithFu ? INLINE.exec(p.text) : null;
    if (inline) {
      const next = paragraphs[i + 1];
      const isMention = next === undefined || (!next.table && (STANDALONE.test(next.text) || INLINE.test(next.text))) || (lastHeading ??= lastStandalone(paragraphs)) > i;
      if (isMention) {
        let title = inline[2] ?? "";
        // `附件：1. A` then `2. B`: a numbered list of mentions.
        const numbered = readLabel(title);
        if (numbered?.kind === "num-dot") {
          regions.mentions.push(titleText(title.slice(numbered.raw.length)));
          while (i + 1 < paragraphs.length && readLabel((paragraphs[i + 1] as Paragraph).text)?.kind === "num-dot" && !(paragraphs[i + 1] as Paragraph).table) {
            i++;
            const t = (paragraphs[i] as Paragraph).text;
            regions.mentions.push(titleText(t.slice(readLabel(t)?.raw.length ?? 0)));
          }
        } else {
          title = titleText(title);
          regions.mentions.push(title);
        }
        continue;
      }
      const region: AttachmentRegion = { label: `附件${inline[1] ?? ""}`, title: titleText(inline[2] ?? ""), titleLine: p.start, mentioned: null, paragraphs: [] };
      regions.attachments.push(region);
      current = region.paragraphs;
      continue;
    }
    if (isGlossaryHeading(p)) {
      regions.glossary = [];
      current = regions.glossary;
      continue;
    }
    current.push(p);
  }
  return regions;
}
