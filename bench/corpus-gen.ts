/**
 * The synthetic publishing corpus: issues whose documents recombine the real sample's titles,
 * paragraphs, document-number agencies, units and tasks. Deterministic for a given seed, so two
 * runs (and two machines) index the same texts.
 */
import { createHash } from "node:crypto";
import type { Attachment, Document, Event, Issue, Section, Task } from "../src/model/index.ts";

/** mulberry32: a tiny seeded PRNG, enough for reproducible recombination. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The real material the corpus is made of, gathered once from the parsed sample. */
export interface Material {
  sample: Issue;
  /** Real documents other than the chronicle: category, genre, issuers, agency, title. */
  templates: Document[];
  chronicle: Document | undefined;
  /** Enclosure and attachment titles: what a 印发 notice can carry. */
  carriedTitles: string[];
  headings: string[];
  paragraphs: string[];
  tasks: Task[];
  attachments: Attachment[];
  events: Event[];
}

function walk(sections: readonly Section[], visit: (s: Section) => void): void {
  for (const s of sections) {
    visit(s);
    walk(s.children, visit);
  }
}

/** Splits long texts at sentence ends, so one huge enclosure does not become one huge paragraph. */
function sentencesUpTo(text: string, max: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const sentence of text.split(/(?<=[。；！？])/u)) {
    if (current.length + sentence.length > max && current !== "") {
      out.push(current);
      current = "";
    }
    current += sentence;
  }
  if (current.trim() !== "") out.push(current);
  return out;
}

/** Gathers titles, headings, paragraphs, tasks, tables and events from the parsed sample. */
export function gatherMaterial(sample: Issue): Material {
  const templates = sample.documents.filter((d) => d.genre !== "大事记" && d.docNumberParts !== null);
  const carried = new Set<string>();
  const headings = new Set<string>();
  const paragraphs: string[] = [];
  const addText = (text: string | undefined): void => {
    for (const p of (text ?? "").split(/\n+/u)) if (p.trim().length >= 12) paragraphs.push(...sentencesUpTo(p.trim(), 400));
  };
  for (const doc of sample.documents) {
    addText(doc.text);
    const visit = (s: Section): void => {
      if (s.title.trim().length >= 4) headings.add(s.title.trim());
      addText(s.text);
    };
    walk(doc.sections, visit);
    for (const e of doc.enclosures) {
      carried.add(e.title);
      addText(e.text);
      walk(e.sections, visit);
    }
    for (const a of doc.attachments) {
      if (a.title.trim().length >= 4) carried.add(a.title);
      addText(a.text);
      walk(a.sections ?? [], visit);
    }
  }
  return {
    sample,
    templates,
    chronicle: sample.documents.find((d) => d.genre === "大事记"),
    carriedTitles: [...carried].filter((t) => t.length >= 4),
    headings: [...headings],
    paragraphs: [...new Set(paragraphs)],
    tasks: sample.documents.flatMap((d) => d.tasks),
    attachments: sample.documents.flatMap((d) => d.attachments).filter((a) => a.tables.length > 0),
    events: sample.documents.flatMap((d) => d.events),
  };
}

/** Picks helpers over one PRNG. */
class Picker {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  one<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("corpus: empty pool");
    return item;
  }
  some<T>(items: readonly T[], n: number): T[] {
    return Array.from({ length: n }, () => this.one(items));
  }
}

const LABELS = ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、"];
const SUB_LABELS = ["（一）", "（二）", "（三）", "（四）"];

function sections(m: Material, p: Picker, count: number, line: number): Section[] {
  return LABELS.slice(0, count).map((label, i) => ({
    label,
    level: 1,
    title: p.one(m.headings),
    text: p.some(m.paragraphs, p.int(1, 2)).join("\n"),
    line: line + i,
    children: SUB_LABELS.slice(0, p.int(0, 2)).map((sub) => ({
      label: sub, level: 2, title: p.one(m.headings), text: p.one(m.paragraphs), children: [],
    })),
  }));
}

/** A real task with its real units, re-titled and with units recombined among the sample's. */
function task(m: Material, p: Picker): Task {
  const base = p.one(m.tasks);
  const donor = p.one(m.tasks);
  const units = p.next() < 0.5 ? donor.responsible : base.responsible;
  return { ...base, title: p.next() < 0.5 ? base.title : donor.title, responsible: units, span: undefined };
}

function titleFor(m: Material, p: Picker, template: Document): string {
  const title = template.title ?? "";
  const at = title.indexOf("关于");
  if (at < 0) return title;
  const prefix = title.slice(0, at);
  if (template.genre === "通知" && p.next() < 0.8) return `${prefix}关于印发《${p.one(m.carriedTitles)}》的通知`;
  return `${prefix}关于${p.one(m.headings).replace(/[。；，]$/u, "")}的${template.genre ?? "通知"}`;
}

/** Serial counters per agency and year, so every synthetic 发文字号 is distinct. */
export type Serials = Map<string, number>;

function document(m: Material, p: Picker, seq: number, year: number, month: number, serials: Serials, line: number): Document {
  const template = p.one(m.templates);
  const agency = template.docNumberParts?.agency ?? "石大政办发";
  const key = `${agency}/${year}`;
  const serial = (serials.get(key) ?? 0) + 1;
  serials.set(key, serial);
  const sectionCount = p.int(2, 5);
  const carries = p.next() < 0.5;
  const date = `${year}-${String(month).padStart(2, "0")}-${String(p.int(1, 28)).padStart(2, "0")}`;
  const body = sections(m, p, sectionCount, line + 3);
  return {
    seq,
    category: template.category,
    title: titleFor(m, p, template),
    docNumber: `${agency}〔${year}〕${serial}号`,
    docNumberParts: { agency, year, serial },
    genre: template.genre,
    issuers: template.issuers,
    recipients: template.recipients,
    date,
    publicity: template.publicity,
    enclosures: carries ? [{ title: p.one(m.carriedTitles), sections: body, text: p.one(m.paragraphs) }] : [],
    sections: carries ? [] : body,
    attachments: p.next() < 0.05 && m.attachments.length > 0 ? [p.one(m.attachments)] : [],
    glossary: [],
    tasks: Array.from({ length: p.next() < 0.4 ? 0 : p.int(1, 6) }, () => task(m, p)),
    events: [],
    span: { startLine: line, endLine: line + 40 },
    text: p.one(m.paragraphs),
  };
}

function chronicle(m: Material, p: Picker, seq: number, year: number, month: number, line: number): Document | null {
  if (!m.chronicle || m.events.length === 0) return null;
  const mm = String(month).padStart(2, "0");
  const events = p.some(m.events, p.int(10, 30)).map((e, i) => ({
    ...e, date: `${year}-${mm}-${String((i % 28) + 1).padStart(2, "0")}`, line: undefined,
  }));
  return { ...m.chronicle, seq, events, span: { startLine: line, endLine: line + events.length }, period: undefined };
}

/** Where an issue sits in the run and how many documents it gets. */
export interface IssueSlot {
  year: number;
  number: number;
  documents: number;
}

/** One synthetic issue: real masthead and registry, recombined documents, a chronicle last. */
export function syntheticIssue(m: Material, slot: IssueSlot, serials: Serials, seed: number): Issue {
  const p = new Picker(mulberry32(seed ^ (slot.year * 100 + slot.number)));
  const month = Math.min(12, Math.ceil((slot.number * 12) / 48));
  const docs: Document[] = [];
  let line = 100;
  for (let seq = 1; seq < slot.documents; seq++) {
    docs.push(document(m, p, seq, slot.year, month, serials, line));
    line += 50;
  }
  const last = chronicle(m, p, slot.documents, slot.year, month, line);
  if (last) docs.push(last);
  else docs.push(document(m, p, slot.documents, slot.year, month, serials, line));
  const file = `synthetic-${slot.year}-${String(slot.number).padStart(2, "0")}.txt`;
  return {
    ...m.sample,
    source: { file, sha256: createHash("sha256").update(`gongbao-bench/${seed}/${file}`).digest("hex"), lines: line + 100 },
    year: slot.year,
    number: slot.number,
    cumulativeNumber: (slot.year - 2000) * 48 + slot.number,
    date: `${slot.year}-${String(month).padStart(2, "0")}-28`,
    toc: docs.map((d) => ({ category: d.category, title: d.title ?? "", docNumber: d.docNumber, page: null })),
    documents: docs,
    warnings: [],
  };
}
