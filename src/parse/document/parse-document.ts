/**
 * One document of an issue, from its title line to its last line: the 公文 frame, the body and
 * its outline, the document it carries, attachments, glossary, tasks — or a chronicle's events.
 */
import type { Document, Enclosure, Task, TocEntry } from "../../model/index.ts";
import type { DocumentBounds } from "../segment/index.ts";
import { buildParagraphs, cleanLine, isOrderTitle, matchKey, orderNumber, readDocNumber, titleText, type Paragraph } from "../text/index.ts";
import { readAttachment } from "./attachments.ts";
import { parseChronicle } from "./chronicle.ts";
import { warn, type ParseContext } from "./context.ts";
import { parseGlossary } from "./glossary.ts";
import { readLayout } from "./layout.ts";
import { buildOutline } from "./outline.ts";
import { splitRegions, type Regions } from "./regions.ts";
import { tasksFromOutline } from "./tasks.ts";
import { carriedName, carriesDocument, genreOf, normaliseTitle, organsOfTitle } from "./title.ts";

const ATTACHMENT_START = /^附\s*件/u;

function altTitles(title: string, others: (string | null | undefined)[]): string[] | undefined {
  // A title printed the same way needs no key to tell it is the same.
  const alts = others.filter((t): t is string => !!t && t !== title && matchKey(t) !== matchKey(title));
  return alts.length > 0 ? [...new Set(alts)] : undefined;
}

function bodyText(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((p) => p.text).join("\n");
}

/** Splits the carried document off the paragraphs after the notice's signature (or finds it by name). */
function findCarried(paragraphs: readonly Paragraph[], tailStart: number, title: string): number {
  const first = paragraphs[tailStart];
  if (first && !first.table && !ATTACHMENT_START.test(first.text)) return tailStart;
  const name = carriedName(title);
  if (!name) return -1;
  const key = matchKey(name);
  return paragraphs.findIndex((p) => !p.table && matchKey(p.text) === key);
}

/** Parses one document. */
export function parseDocument(bounds: DocumentBounds, seq: number, toc: TocEntry | null, ctx: ParseContext): Document {
  const { lines } = ctx;
  const printedTitle = lines.slice(bounds.start, bounds.titleEnd).map(cleanLine).join(" ");
  const title = normaliseTitle(printedTitle);
  const number = bounds.numberLine !== null ? readDocNumber(lines[bounds.numberLine] ?? "") : toc?.docNumber ? readDocNumber(toc.docNumber) : null;
  // An order's number (`第3号`) has no year: it is kept whole, without parts.
  const order = number === null && isOrderTitle(title) ? (bounds.numberLine !== null ? orderNumber(title, lines[bounds.numberLine] ?? "") : toc?.docNumber ?? null) : null;
  const from = (bounds.numberLine ?? bounds.titleEnd - 1) + 1;
  const paragraphs = buildParagraphs(lines, from, bounds.end);
  const alt = toc ? altTitles(title, [toc.title]) : undefined;
  const doc: Document = {
    seq,
    category: toc?.category ?? null,
    title,
    // Only when there is one: deleting it afterwards would leave the object in dictionary mode.
    ...(alt ? { altTitles: alt } : {}),
    docNumber: number?.docNumber ?? order,
    docNumberParts: number ? { agency: number.agency, year: number.year, serial: number.serial } : null,
    genre: genreOf(title),
    issuers: [],
    recipients: [],
    date: null,
    publicity: null,
    enclosures: [],
    sections: [],
    attachments: [],
    glossary: [],
    tasks: [],
    events: [],
    span: { startLine: bounds.start + 1, endLine: bounds.end },
  };
  if (toc?.docNumber && doc.docNumber && matchKey(toc.docNumber) !== matchKey(doc.docNumber)) {
    warn(ctx, bounds.numberLine !== null ? bounds.numberLine + 1 : null, "toc-number-mismatch", `目录 gives ${toc.docNumber}, the document prints ${doc.docNumber}`);
  }
  if (bounds.chronicle) {
    doc.genre = "大事记";
    const { period, events } = parseChronicle(paragraphs, ctx);
    if (period) doc.period = period;
    doc.events = events;
    return doc;
  }
  const layout = readLayout(paragraphs);
  doc.recipients = layout.recipients;
  doc.date = layout.date;
  doc.publicity = layout.publicity;
  doc.issuers = layout.issuers.length > 0 ? layout.issuers : organsOfTitle(title);
  if (layout.invalidDate) warn(ctx, layout.invalidDate.line, "invalid-date", `${layout.invalidDate.text} does not exist`);

  let body = paragraphs.slice(layout.bodyStart, layout.bodyEnd);
  let tail = paragraphs.slice(layout.tailStart);
  const tasks: Task[] = [];
  let regions: Regions;
  const carried = carriesDocument(title) ? findCarried(paragraphs, layout.tailStart, title) : -1;
  if (carried >= 0) {
    if (carried < layout.bodyEnd) {
      body = paragraphs.slice(layout.bodyStart, carried);
      tail = paragraphs.slice(carried);
    } else tail = paragraphs.slice(carried);
    const head = tail[0];
    const rest = tail.slice(1);
    regions = splitRegions(rest);
    const outline = buildOutline(regions.main);
    const encTitle = titleText(head?.text ?? "");
    const enclosure: Enclosure = { title: encTitle, sections: outline.sections, text: bodyText(outline.preamble) };
    const alt = altTitles(encTitle, [carriedName(title)]);
    if (alt) enclosure.altTitles = alt;
    const last = rest[rest.length - 1];
    enclosure.span = { startLine: head?.start ?? doc.span.startLine, endLine: last?.end ?? head?.end ?? doc.span.endLine };
    doc.enclosures.push(enclosure);
    tasksFromOutline(outline.nodes, "enclosure", ctx, tasks);
    const own = buildOutline(body);
    doc.sections = own.sections;
    doc.text = bodyText(own.preamble);
    tasksFromOutline(own.nodes, "body", ctx, tasks);
  } else {
    regions = splitRegions(body.concat(tail));
    const outline = buildOutline(regions.main);
    doc.sections = outline.sections;
    doc.text = bodyText(outline.preamble);
    tasksFromOutline(outline.nodes, "body", ctx, tasks);
  }
  for (const region of regions.attachments) {
    doc.attachments.push(readAttachment(region, ctx, tasks));
  }
  if (regions.glossary) doc.glossary = parseGlossary(regions.glossary);
  doc.tasks = tasks;
  return doc;
}
