/**
 * The golden test: the real sample parsed and compared field by field with the hand-checked
 * gold (samples/gold). Strings are compared after NFKC folding without spaces or markdown, as
 * the open-data contract judges them; everything else must be equal.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { Issue, type Document, type Section, type Task } from "../model/index.ts";
import { parseIssue } from "./index.ts";

const sample = readFileSync(new URL("../../samples/dawukou-2021-03.txt", import.meta.url));
const gold = Issue.parse(JSON.parse(readFileSync(new URL("../../samples/gold/dawukou-2021-03.json", import.meta.url), "utf8")));
const norm = (s: string | null | undefined): string => (s ?? "").normalize("NFKC").replace(/[\s*]/gu, "");
const bare = (s: string | null | undefined): string => norm(s).replace(/[。；：，、.;:,]+$/u, "");
const headings = (sections: readonly Section[], out: string[] = []): string[] => {
  for (const s of sections) {
    if (s.level <= 3) out.push(`${norm(s.label)}|${bare(s.title)}`);
    headings(s.children, out);
  }
  return out;
};
const taskKey = (t: Task) => ({
  path: t.path.map(norm),
  title: bare(t.title),
  lead: t.lead.map((r) => norm(r.name)),
  responsible: t.responsible.map((r) => norm(r.name)),
  cooperating: t.cooperating.map((r) => norm(r.name)),
  deadline: t.deadline ? { kind: t.deadline.kind, end: t.deadline.end, start: t.deadline.start, annual: t.deadline.annual, milestones: t.deadline.milestones.map((m) => m.end) } : null,
  targets: t.targets.map((x) => `${x.comparator}|${x.value}|${norm(x.unit)}`).sort(),
});

let issue: Issue;
beforeAll(() => {
  issue = parseIssue(sample, { file: "dawukou-2021-03.txt" });
});

describe("golden: 大武口区人民政府公报 2021年第3期", () => {
  it("keeps the source's identity and line count", () => {
    expect(issue.source).toEqual(gold.source);
  });

  it("reads the masthead", () => {
    expect(issue.publication).toEqual(gold.publication);
    expect([issue.year, issue.number, issue.cumulativeNumber, issue.date]).toEqual([gold.year, gold.number, gold.cumulativeNumber, gold.date]);
  });

  it("reads the 目录", () => {
    expect(issue.toc.map(({ category, title, docNumber, page }) => ({ category, title: norm(title), docNumber, page })))
      .toEqual(gold.toc.map(({ category, title, docNumber, page }) => ({ category, title: norm(title), docNumber, page })));
  });

  it("finds every document with its frame", () => {
    const frame = (d: Document) => ({
      seq: d.seq, category: d.category, title: bare(d.title), docNumber: d.docNumber, docNumberParts: d.docNumberParts, genre: d.genre,
      issuers: d.issuers.map(norm), recipients: d.recipients.map(norm).join(""), date: d.date, publicity: d.publicity, span: d.span,
      enclosures: d.enclosures.map((e) => bare(e.title)), period: d.period ?? null,
    });
    expect(issue.documents.map(frame)).toEqual(gold.documents.map(frame));
  });

  it("builds the outline of every document and enclosure", () => {
    for (const [i, want] of gold.documents.entries()) {
      const got = issue.documents[i] as Document;
      expect(headings(got.sections), `doc ${want.seq}`).toEqual(headings(want.sections));
      expect(got.enclosures.map((e) => headings(e.sections)), `doc ${want.seq} enclosures`).toEqual(want.enclosures.map((e) => headings(e.sections)));
    }
  });

  it("reads attachments and their tables, merged cells carried down", () => {
    for (const [i, want] of gold.documents.entries()) {
      const got = issue.documents[i] as Document;
      expect(got.attachments.map((a) => ({ label: a.label, title: bare(a.title), tables: a.tables.map((t) => ({ columns: t.columns.map(norm), rows: t.rows.map((r) => r.map(norm)) })) })), `doc ${want.seq}`)
        .toEqual(want.attachments.map((a) => ({ label: a.label, title: bare(a.title), tables: a.tables.map((t) => ({ columns: t.columns.map(norm), rows: t.rows.map((r) => r.map(norm)) })) })));
    }
  });

  it("reads the glossary", () => {
    expect(issue.documents.map((d) => d.glossary.map((g) => [norm(g.term), norm(g.definition)]))).toEqual(gold.documents.map((d) => d.glossary.map((g) => [norm(g.term), norm(g.definition)])));
  });

  it("extracts every task with its units, deadline and targets", () => {
    for (const [i, want] of gold.documents.entries()) {
      const got = issue.documents[i] as Document;
      expect(got.tasks.map(taskKey), `doc ${want.seq}`).toEqual(want.tasks.map(taskKey));
    }
  });

  it("reads the chronicle's events and people", () => {
    const events = (d: Document) => d.events.map((e) => ({ date: e.date, text: norm(e.text), people: e.people }));
    expect(issue.documents.map(events)).toEqual(gold.documents.map(events));
  });

  it("resolves organisations as the gold groups them", () => {
    const canonical = (source: Issue) => {
      const names = new Map(source.orgs.map((o) => [o.id, o.name]));
      return source.documents.flatMap((d) => d.tasks.flatMap((t) => [...t.lead, ...t.responsible, ...t.cooperating].map((r) => `${norm(r.name)}→${norm(names.get(r.org))}`)));
    };
    expect(canonical(issue)).toEqual(canonical(gold));
    const kinds = (source: Issue) => Object.fromEntries(source.orgs.map((o) => [o.name, o.kind]));
    expect(kinds(issue)).toEqual(kinds(gold));
  });

  it("warns about the impossible date, with its line", () => {
    expect(issue.warnings).toEqual(gold.warnings);
  });

  it("keeps every item traceable to its source line", () => {
    for (const d of issue.documents) {
      for (const t of d.tasks) expect(t.span?.startLine, t.title).toBeGreaterThanOrEqual(d.span.startLine);
      for (const e of d.events) expect(e.line).toBeGreaterThanOrEqual(d.span.startLine);
    }
  });
});
