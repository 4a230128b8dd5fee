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

/** Observes, for every registered organisation, the longer forms of its spellings that the text (its lines) prints. */
export function discoverLongForms(registry: OrgRegistry, texts: readonly string[], table: AliasTable, jurisdiction: string | undefined): void {
  const candidates = new Set<string>();
  for (const org of registry.orgs()) {
    for (const spelling of [org.name, ...org.aliases]) {
      for (const candidate of longFormCandidates(spelling, table, jurisdiction)) if (candidate.length >= 2) candidates.add(candidate);
    }
  }
  for (const found of findAll(texts, candidates)) registry.observe(found);
}

const SPACE = /\s/u;
const SPACES = /\s+/gu;

/** A node of the candidates' character trie: its children by character, and whether a candidate ends here. */
interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

/**
 * The candidates as one pattern that finds, at the leftmost place, the longest of them, even
 * broken by extraction spaces (`大武口区 人民政府`). Written as their character trie, not as an
 * alternation: a place where many candidates share a prefix (`大武口区…`) reads that prefix once
 * instead of once per candidate. At each node the children start with different characters, so
 * at most one can go on, and a candidate ending there is an optional stop the greedy match only
 * falls back to: the deepest candidate on the path wins, as the longest-first alternation did.
 */
export function triePattern(candidates: Iterable<string>): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const candidate of candidates) {
    let node = root;
    for (const ch of candidate) {
      let child = node.children.get(ch);
      if (child === undefined) {
        child = { children: new Map(), end: false };
        node.children.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  return branches(root);
}

/** The alternatives after a node: each child's character, then what follows it. */
function branches(node: TrieNode): string {
  const alternatives: string[] = [];
  for (const [ch, child] of node.children) {
    const escaped = ch.replace(/[.*+?^${}()|[\]\\]/u, "\\$&");
    if (child.children.size === 0) alternatives.push(escaped);
    else {
      const rest = `\\s*(?:${branches(child)})`;
      alternatives.push(child.end ? `${escaped}(?:${rest})?` : `${escaped}${rest}`);
    }
  }
  return alternatives.join("|");
}

/**
 * Which of the candidates occur in the texts, even broken by spaces. One pattern of the
 * candidates runs over each line (rebuilt without a candidate once it is found), so the cost
 * stays one pass over the text; spaces are matched in place rather than removed from a copy of
 * every line.
 */
export function findAll(texts: readonly string[], candidates: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const pattern = (): RegExp | null => {
    const left = [...candidates].filter((c) => !found.has(c));
    return left.length === 0 ? null : new RegExp(triePattern(left), "gu");
  };
  let re = pattern();
  // An index loop: this one's iterator results were not optimised away (one object per line).
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as string;
    if (re === null) break;
    re.lastIndex = 0;
    let changed = false;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const name = SPACE.test(m[0]) ? m[0].replace(SPACES, "") : m[0];
      if (!found.has(name)) {
        found.add(name);
        changed = true;
      }
    }
    if (changed) re = pattern();
  }
  // Observed in the order the registry met them, so results never depend on the text's order.
  return [...candidates].filter((c) => found.has(c));
}
