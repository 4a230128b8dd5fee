/**
 * The fullest printed form of an organisation is often not in a unit list but in running text
 * (`区委农办` in the lists, `区委农村工作领导小组办公室` in a paragraph). Expanding each spelling's
 * abbreviations, and its level prefix into the jurisdiction, gives candidates to look for.
 */
import type { AliasTable } from "./alias-table.ts";
import { expandAbbreviations, foldWidth } from "./match-key.ts";
import type { OrgRegistry } from "./org-registry.ts";

/** Longer spellings a name may be printed as elsewhere (abbreviations expanded, `区` → `大武口区`). */
export function longFormCandidates(name: string, table: AliasTable, jurisdiction: string | undefined): string[] {
  const folded = foldWidth(name);
  const expanded = expandAbbreviations(folded, table);
  if (expanded === folded) return [];
  const out = new Set<string>([expanded]);
  const level = jurisdiction?.slice(-1);
  if (jurisdiction && level) {
    for (let i = expanded.indexOf(level); i >= 0; i = expanded.indexOf(level, i + 1)) {
      if (!expanded.startsWith(jurisdiction, i - jurisdiction.length + 1)) out.add(expanded.slice(0, i) + jurisdiction + expanded.slice(i + 1));
    }
  }
  return [...out];
}

/** Observes, for every registered organisation, the longer forms of its spellings that the text prints. */
export function discoverLongForms(registry: OrgRegistry, compactText: string, table: AliasTable, jurisdiction: string | undefined): void {
  const candidates = new Set<string>();
  for (const org of registry.orgs()) {
    for (const spelling of [org.name, ...org.aliases]) {
      for (const candidate of longFormCandidates(spelling, table, jurisdiction)) if (candidate.length >= 2) candidates.add(candidate);
    }
  }
  for (const found of findAll(compactText, candidates)) registry.observe(found);
}

/**
 * Which of the candidates occur in the text, in one pass however many there are: a position is
 * only tried against the candidates that share its first two characters.
 */
export function findAll(text: string, candidates: ReadonlySet<string>): string[] {
  const byPair = new Map<number, string[]>();
  const firstChars = new Uint8Array(0x10000);
  for (const c of candidates) {
    const pair = c.charCodeAt(0) * 0x10000 + c.charCodeAt(1);
    const list = byPair.get(pair);
    if (list === undefined) byPair.set(pair, [c]);
    else list.push(c);
    firstChars[c.charCodeAt(0)] = 1;
  }
  const found = new Set<string>();
  for (let i = 0; i + 1 < text.length && found.size < candidates.size; i++) {
    const first = text.charCodeAt(i);
    if (firstChars[first] === 0) continue;
    const list = byPair.get(first * 0x10000 + text.charCodeAt(i + 1));
    if (list === undefined) continue;
    for (const c of list) if (!found.has(c) && text.startsWith(c, i)) found.add(c);
  }
  // Observed in the order the registry met them, so results never depend on the text's order.
  return [...candidates].filter((c) => found.has(c));
}
