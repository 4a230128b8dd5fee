/** A 名词解释: numbered `term：definition` entries. */
import type { GlossaryEntry } from "../../model/index.ts";
import { foldDigitSpaces } from "../numerals/index.ts";
import { readLabel, type Paragraph } from "../text/index.ts";

/** Reads glossary entries; a paragraph without `：` continues the previous definition. */
export function parseGlossary(paragraphs: readonly Paragraph[]): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  for (const p of paragraphs) {
    if (p.table) continue;
    const label = readLabel(p.text);
    const body = label ? p.text.slice(label.raw.length) : p.text;
    const colon = body.search(/[：:]/u);
    if (colon > 0 && colon <= 40) {
      entries.push({ term: body.slice(0, colon).trim(), definition: foldDigitSpaces(body.slice(colon + 1).trim()), line: p.start });
    } else if (entries.length > 0) {
      const last = entries[entries.length - 1] as GlossaryEntry;
      last.definition += foldDigitSpaces(p.text);
    }
  }
  return entries;
}
