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
  for (const org of registry.orgs()) {
    for (const spelling of [org.name, ...org.aliases]) {
      for (const candidate of longFormCandidates(spelling, table, jurisdiction)) {
        if (compactText.includes(candidate)) registry.observe(candidate);
      }
    }
  }
}
