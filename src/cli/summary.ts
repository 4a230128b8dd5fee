/** The readable summary `gongbao parse --summary` prints. */
import type { Issue, Section } from "../model/index.ts";

function count(sections: readonly Section[]): number {
  return sections.reduce((n, s) => n + 1 + count(s.children), 0);
}

/** Issue, each document with its number and counts, warnings with line numbers. */
export function summarise(issue: Issue): string {
  const out: string[] = [];
  const pub = issue.publication;
  out.push(`${pub.name ?? "（未注明刊名）"} ${issue.year ?? "?"}年第${issue.number ?? "?"}期${issue.cumulativeNumber ? `（总第${issue.cumulativeNumber}期）` : ""} ${issue.date ?? ""}`.trim());
  out.push(`source: ${issue.source.file}, ${issue.source.lines} lines, sha256 ${issue.source.sha256.slice(0, 12)}…`);
  out.push(`目录 ${issue.toc.length} entries; ${issue.documents.length} documents; ${issue.orgs.length} organisations`);
  out.push("");
  for (const doc of issue.documents) {
    const sections = count(doc.sections) + doc.enclosures.reduce((n, e) => n + count(e.sections), 0);
    out.push(`${String(doc.seq).padStart(2)}. ${doc.title ?? "（无标题）"}`);
    out.push(`    ${doc.docNumber ?? "（无文号）"} · ${doc.genre ?? "?"} · ${doc.date ?? "无日期"} · lines ${doc.span.startLine}-${doc.span.endLine}`);
    const parts = [`${sections} sections`, `${doc.tasks.length} tasks`];
    if (doc.enclosures.length) parts.push(`${doc.enclosures.length} enclosure`);
    if (doc.attachments.length) parts.push(`${doc.attachments.length} attachments (${doc.attachments.reduce((n, a) => n + a.tables.length, 0)} tables)`);
    if (doc.glossary.length) parts.push(`${doc.glossary.length} glossary terms`);
    if (doc.events.length) parts.push(`${doc.events.length} events`);
    out.push(`    ${parts.join(", ")}`);
  }
  if (issue.warnings.length) {
    out.push("", `warnings (${issue.warnings.length}):`);
    for (const w of issue.warnings) out.push(`  line ${w.line ?? "?"}: [${w.code}] ${w.message}`);
  }
  return `${out.join("\n")}\n`;
}
