/**
 * The parser's entry: bytes (or text) of a gazette issue in, a validated `gongbao/issue@1`
 * Issue out. Pure — no file, network or clock; the caller reads the file and names it.
 */
import { GongbaoError, ISSUE_SCHEMA, type Document, type Issue, type Warning } from "../model/index.ts";
import { decodeSource, sha256, type DecodedSource } from "./decode-source.ts";
import { parseDocument, type ParseContext } from "./document/index.ts";
import { parseMasthead } from "./front/masthead.ts";
import { readMetadataPanel } from "./front/metadata-panel.ts";
import { parseToc } from "./front/toc.ts";
import { defaultAliasTable, discoverLongForms, jurisdictionOf, OrgRegistry, type AliasTable } from "./orgs/index.ts";
import { findDocuments, type DocumentBounds } from "./segment/index.ts";
import { cleanLine, matchKey, splitLines } from "./text/index.ts";
import { validateIssue } from "./validate-issue.ts";

/** How to parse: the source's name (for messages and `source.file`) and the organisation alias table. */
export interface ParseOptions {
  file?: string;
  aliasTable?: AliasTable;
}

/**
 * Parses a whole gazette issue, or a single document as a government website publishes it.
 * Input is the bytes, the text, or a source decoded beforehand with `decodeSource`.
 */
export function parseIssue(input: Uint8Array | string | DecodedSource, options: ParseOptions = {}): Issue {
  const file = options.file ?? "-";
  const source: Pick<DecodedSource, "text" | "lines" | "sha256"> = typeof input === "string" ? { text: input, sha256: sha256(input) } : input instanceof Uint8Array ? decodeSource(input, file) : input;
  const digest = source.sha256;
  const lines = source.lines ?? splitLines(source.text ?? "");
  if (lines.every((l) => l.trim() === "")) throw new GongbaoError("empty-input", "the text is empty", { file });
  const toc = parseToc(lines);
  const tocEntries = toc?.entries ?? [];
  let bounds: DocumentBounds[] = findDocuments(lines, toc?.end ?? 0, lines.length, tocEntries);
  // A web page holds one document: its panel tells where it starts, its footer where it ends.
  const panel = !toc && bounds.length <= 1 ? readMetadataPanel(lines) : null;
  if (panel) {
    const found = bounds[0];
    bounds = [found && found.start >= panel.bounds.start && found.start < panel.bounds.end ? { ...found, end: panel.bounds.end } : panel.bounds];
  }
  const frontEnd = bounds[0]?.start ?? lines.length;
  const masthead = parseMasthead(lines, 0, panel ? 0 : frontEnd, (i) => toc !== null && i >= toc.start && i < toc.end);
  if (bounds.length === 0 && !toc && !masthead.publication.name) {
    throw new GongbaoError("not-a-gazette", "no gazette structure found: no 目录, no masthead and no document with a 发文字号", { file });
  }
  const warnings: Warning[] = [];
  if (!toc && !panel) warnings.push({ line: null, code: "no-toc", message: "the issue prints no 目录; documents were found by their titles and numbers" });
  const firstDate = masthead.date ?? null;
  const year = masthead.year ?? (firstDate ? Number(firstDate.slice(0, 4)) : undefined) ?? panel?.year ?? undefined;
  const jurisdiction = jurisdictionOf(masthead.publication.name ?? "") ?? (panel?.issuer ? jurisdictionOf(`${panel.issuer}公报`) : undefined);
  const aliasTable = options.aliasTable ?? defaultAliasTable;
  const registry = new OrgRegistry({ aliasTable, ...(jurisdiction ? { jurisdiction } : {}) });
  const ctx: ParseContext = { lines, year, registry, warnings, refs: new Map() };
  const documents: Document[] = bounds.map((b, i) => parseDocument(b, i + 1, b.toc !== null ? (tocEntries[b.toc] ?? null) : null, ctx));
  if (panel) panel.apply(documents[0] as Document);
  const last = documents[documents.length - 1];
  const lastBounds = bounds[bounds.length - 1];
  if (last && lastBounds && !lastBounds.chronicle && last.date === null) {
    // A 公文 closes with its signature and date; text that stops mid-sentence was cut off.
    const tail = cleanLine(lines[lastBounds.end - 1] ?? "");
    if (!/[。！？；：:;!?…）)]$/u.test(tail)) warnings.push({ line: lastBounds.end, code: "truncated", message: `the text stops inside a document (no signature or date): …${tail.slice(-20)}` });
  }
  tocEntries.forEach((entry, i) => {
    if (!bounds.some((b) => b.toc === i)) {
      warnings.push({ line: entry.line ?? null, code: "missing-document", message: `目录 entry not found in the text (truncated issue?): ${entry.title}` });
    }
  });
  if (toc) for (const b of bounds) if (b.toc === null) warnings.push({ line: b.start + 1, code: "not-in-toc", message: `document not listed in the 目录: ${matchKey(lines[b.start] ?? "").slice(0, 40)}` });
  discoverLongForms(registry, lines, aliasTable, jurisdiction);
  const lineCount = lines.length;
  // The lines hold the whole decoded text; nothing below reads them, so let it go before the output is checked.
  lines.length = 0;
  for (const { ref } of ctx.refs.values()) ref.org = registry.idOf(ref.name) ?? ref.org;
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const issue = {
    schema: ISSUE_SCHEMA,
    source: { file: file.split(/[\\/]/u).pop() ?? file, sha256: digest, lines: lineCount },
    publication: masthead.publication,
    year: masthead.year ?? null,
    number: masthead.number,
    cumulativeNumber: masthead.cumulativeNumber,
    date: masthead.date,
    toc: tocEntries,
    documents,
    orgs: registry.orgs(),
    warnings,
  };
  validateIssue(issue, file);
  return issue;
}
