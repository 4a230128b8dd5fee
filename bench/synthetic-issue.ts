/**
 * A deterministic synthetic gazette of any size, made by recombining the real sample: its
 * masthead and 目录, then its documents (not the chronicle) repeated with fresh document numbers,
 * and the chronicle last. Real paragraphs, real page-break artefacts, real tables.
 */
import { readFileSync } from "node:fs";
import { parseIssue } from "../src/parse/index.ts";
import { splitLines } from "../src/parse/text/index.ts";

/** Builds a synthetic issue text of at least `bytes` UTF-8 bytes from the sample. */
export function syntheticIssue(samplePath: string, bytes: number): string {
  const text = readFileSync(samplePath, "utf8");
  const lines = splitLines(text);
  const issue = parseIssue(text, { file: "sample" });
  const first = issue.documents[0]?.span.startLine ?? 1;
  const front = lines.slice(0, first - 1).join("\n");
  const docs = issue.documents.filter((d) => d.genre !== "大事记").map((d) => lines.slice(d.span.startLine - 1, d.span.endLine).join("\n"));
  const chronicle = issue.documents.filter((d) => d.genre === "大事记").map((d) => lines.slice(d.span.startLine - 1, d.span.endLine).join("\n"));
  const parts: string[] = [front];
  let size = Buffer.byteLength(front) + chronicle.reduce((n, c) => n + Buffer.byteLength(c), 0);
  for (let round = 1; size < bytes; round++) {
    for (const doc of docs) {
      // A fresh year and serial per copy keeps every document distinct, as in a real archive.
      const copy = doc.replace(/〔(\d{4})〕\s*(\d+)\s*号/u, (_m, y: string, n: string) => `〔${Number(y) - (round % 20)}〕${Number(n) + Math.floor(round / 20) * 50}号`);
      parts.push(copy);
      size += Buffer.byteLength(copy) + 2;
    }
  }
  parts.push(...chronicle);
  return `${parts.join("\n\n")}\n`;
}
