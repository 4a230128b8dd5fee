/**
 * Groups the printed spellings met in an issue into organisations. The result depends only on
 * the set of spellings, never on the order they were met: longer keys are placed first, and a
 * shorter spelling joins an organisation only when exactly one organisation can take it.
 */
import { editDistanceIsOne, headOf, isSubsequence } from "./match-key.ts";
import type { OrgKind } from "../../model/issue.ts";

/** One distinct printed spelling with its matching key. */
export interface Spelling {
  name: string;
  key: string;
  kind: OrgKind;
  /** Met as a task unit (founds organisations), not only in tables or running text. */
  resolved: boolean;
}

/** Shortest key length at which a one-character slip (page break) counts as the same body. */
const SLIP_MIN_LENGTH = 8;

interface Cluster {
  keys: string[];
  kind: OrgKind;
}

/**
 * Clusters indexed by head noun: two spellings of one body always share it, so a spelling is
 * only compared with the clusters of its head (thousands of distinct names stay fast).
 */
class ClusterIndex {
  readonly clusters: Cluster[] = [];
  private readonly byHead = new Map<string, number[]>();
  private readonly byKey = new Map<string, number>();

  add(key: string, kind: OrgKind): void {
    const index = this.clusters.length;
    this.clusters.push({ keys: [key], kind });
    const head = headOf(key);
    const bucket = this.byHead.get(head);
    if (bucket === undefined) this.byHead.set(head, [index]);
    else bucket.push(index);
    if (!this.byKey.has(key)) this.byKey.set(key, index);
  }

  extend(index: number, key: string): void {
    this.clusters[index]?.keys.push(key);
    if (!this.byKey.has(key)) this.byKey.set(key, index);
  }

  exact(key: string): number | undefined {
    return this.byKey.get(key);
  }

  /** The one cluster a spelling can belong to, or undefined when none or several could. */
  uniqueMatch(s: Spelling): number | undefined {
    let found: number | undefined;
    for (const i of this.byHead.get(headOf(s.key)) ?? []) {
      const c = this.clusters[i];
      if (c === undefined || !c.keys.some((k) => sameBody(s, k, c.kind))) continue;
      if (found !== undefined) return undefined;
      found = i;
    }
    return found;
  }
}

/** Clusters spellings; returns, for each cluster, the indexes of its spellings. */
export function clusterNames(spellings: readonly Spelling[]): number[][] {
  const classes = groupByKey(spellings);
  const index = new ClusterIndex();
  const members: number[][] = [];
  const founders = [...classes.values()].filter((c) => c.some((i) => spellings[i]?.resolved === true));
  const followers = [...classes.values()].filter((c) => c.every((i) => spellings[i]?.resolved !== true));
  for (const cls of sortLongestFirst(founders, spellings)) {
    const first = spellingAt(spellings, cls[0]);
    const target = index.uniqueMatch(first);
    if (target === undefined) {
      index.add(first.key, first.kind);
      members.push([...cls]);
    } else {
      index.extend(target, first.key);
      members[target]?.push(...cls);
    }
  }
  // Spellings met only outside tasks never found an organisation; they only join one.
  for (const cls of followers) {
    const first = spellingAt(spellings, cls[0]);
    const target = index.exact(first.key) ?? index.uniqueMatch(first);
    if (target !== undefined) members[target]?.push(...cls);
  }
  return members.map((m) => [...m].sort((a, b) => a - b));
}

function groupByKey(spellings: readonly Spelling[]): Map<string, number[]> {
  const classes = new Map<string, number[]>();
  spellings.forEach((s, i) => {
    const id = s.kind === "group" ? `group:${s.key}` : s.key;
    const cls = classes.get(id);
    if (cls === undefined) classes.set(id, [i]);
    else cls.push(i);
  });
  return classes;
}

function sortLongestFirst(classes: number[][], spellings: readonly Spelling[]): number[][] {
  const keyOf = (cls: number[]): string => spellingAt(spellings, cls[0]).key;
  return [...classes].sort((a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    return kb.length - ka.length || (ka < kb ? -1 : ka > kb ? 1 : 0);
  });
}

function spellingAt(spellings: readonly Spelling[], index: number | undefined): Spelling {
  const s = index === undefined ? undefined : spellings[index];
  if (s === undefined) throw new RangeError(`no spelling at ${String(index)}`);
  return s;
}

function sameBody(s: Spelling, key: string, kind: OrgKind): boolean {
  if (s.key === key) return s.kind !== "group" && kind !== "group";
  if (s.kind === "group" || kind === "group") return false;
  const places = (k: OrgKind): boolean => k === "town" || k === "subdistrict";
  // Place names differ by a character (长胜/长兴) or nest (新华/新华北): only exact keys meet.
  if (places(s.kind) || places(kind)) return false;
  // Heads are equal here: ClusterIndex only compares a spelling with clusters of its head.
  if (s.key.length < key.length && isSubsequence(s.key, key)) return true;
  return Math.min(s.key.length, key.length) >= SLIP_MIN_LENGTH && editDistanceIsOne(s.key, key);
}
