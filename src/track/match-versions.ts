/**
 * Which task of a corrected issue version is which task of the version it replaces, so the
 * ledger (reports, 办结, overrides, 督办) follows a correction instead of starting again.
 *
 * The rule is conservative — an ambiguous match is no match — because a wrong carry-over would
 * hand one task's reports to another, while a missed one only leaves the old tracked task where
 * it is, reported as orphaned for a supervisor to look at.
 *
 * Documents: by 发文字号 when both versions print one and it is unique in each; where a side has
 * none, by the same position (seq) and the same normalised title. Two different numbers are two
 * documents, even at the same place under the same title.
 *
 * Tasks, only within a matched pair of documents, in passes over what is still unmatched:
 *  1. same outline path, same position (seq) and same normalised title — nothing changed;
 *  2. same normalised title and path, unique on both sides — the position shifted because a task
 *     before it was added or deleted;
 *  3. same normalised title, unique on both sides — the numbering itself shifted (二、→三、);
 *  4. same path and position with a similar title (edit distance at most half the longer title)
 *     — a character of the title was corrected. Position alone is not enough: after a deleted
 *     task the next one takes its seq, and path does not tell them apart where a section lists
 *     several units' tasks under one heading (the sample's 近视 plan: eleven tasks, one path).
 * Titles are compared after NFKC (full-width forms), without white space or closing punctuation.
 */

/** A task of one version, as the matcher needs it; `path` is any canonical text of the outline path. */
export interface VersionTask {
  id: number;
  seq: number;
  path: string;
  title: string;
}

/** A document of one version with its tasks. */
export interface VersionDocument {
  id: number;
  seq: number;
  title: string | null;
  docNumber: string | null;
  tasks: readonly VersionTask[];
}

/** How a pair was matched: the pass of the file comment that found it. */
export type MatchBasis = "same" | "title-path" | "title" | "position";

/** One task of the older version and its counterpart in the newer one. */
export interface TaskMatch {
  oldTaskId: number;
  newTaskId: number;
  oldDocumentId: number;
  newDocumentId: number;
  by: MatchBasis;
}

/** Folds what a correction does not change the meaning of: width forms, spaces, closing punctuation. */
export function normaliseTitle(text: string): string {
  return text.normalize("NFKC").replace(/\s+/gu, "").replace(/[。；;，,、:：.]+$/u, "");
}

function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost));
    }
    row = next;
  }
  return row[y.length] ?? 0;
}

/** True when two normalised titles differ by at most half the longer one's characters. */
function similar(a: string, b: string): boolean {
  const longer = Math.max([...a].length, [...b].length);
  return longer > 0 && editDistance(a, b) * 2 <= longer;
}

/** Pairs items whose key is unique among the unmatched on both sides; returns the pairs made. */
function pairUnique<T>(older: T[], newer: T[], key: (t: T) => string | null): [T, T][] {
  const groups = (items: T[]) => {
    const m = new Map<string, T[]>();
    for (const t of items) {
      const k = key(t);
      if (k !== null) m.set(k, [...(m.get(k) ?? []), t]);
    }
    return m;
  };
  const olds = groups(older);
  const pairs: [T, T][] = [];
  for (const [k, news] of groups(newer)) {
    const candidates = olds.get(k);
    const [o] = candidates ?? [];
    const [n] = news;
    if (o !== undefined && n !== undefined && candidates?.length === 1 && news.length === 1) pairs.push([o, n]);
  }
  return pairs;
}

function matchDocuments(older: readonly VersionDocument[], newer: readonly VersionDocument[]): [VersionDocument, VersionDocument][] {
  const numbered = pairUnique([...older], [...newer], (d) => d.docNumber);
  const taken = new Set(numbered.flatMap(([o, n]) => [o, n]));
  const rest = (docs: readonly VersionDocument[]) => docs.filter((d) => !taken.has(d));
  // Position and title decide only where a side lacks a 发文字号: two different numbers are two documents.
  const placed = pairUnique(rest(older), rest(newer), (d) => d.title === null ? null : `${d.seq}|${normaliseTitle(d.title)}`)
    .filter(([o, n]) => o.docNumber === null || n.docNumber === null);
  return [...numbered, ...placed];
}

interface Keyed {
  task: VersionTask;
  title: string;
}

function matchTasks(older: readonly VersionTask[], newer: readonly VersionTask[]): [VersionTask, VersionTask, MatchBasis][] {
  let olds: Keyed[] = older.map((task) => ({ task, title: normaliseTitle(task.title) }));
  let news: Keyed[] = newer.map((task) => ({ task, title: normaliseTitle(task.title) }));
  const result: [VersionTask, VersionTask, MatchBasis][] = [];
  const passes: [MatchBasis, (k: Keyed) => string | null][] = [
    ["same", (k) => `${k.task.path}|${k.task.seq}|${k.title}`],
    ["title-path", (k) => `${k.task.path}|${k.title}`],
    ["title", (k) => k.title],
    ["position", (k) => `${k.task.path}|${k.task.seq}`],
  ];
  for (const [by, key] of passes) {
    const pairs = pairUnique(olds, news, key).filter(([o, n]) => by !== "position" || similar(o.title, n.title));
    for (const [o, n] of pairs) result.push([o.task, n.task, by]);
    const done = new Set(pairs.flat());
    olds = olds.filter((k) => !done.has(k));
    news = news.filter((k) => !done.has(k));
  }
  return result;
}

/** Matches the tasks of a newer version to those of an older one (see the file comment for the rule). */
export function matchVersions(older: readonly VersionDocument[], newer: readonly VersionDocument[]): TaskMatch[] {
  return matchDocuments(older, newer).flatMap(([o, n]) => matchTasks(o.tasks, n.tasks).map(([ot, nt, by]) => ({
    oldTaskId: ot.id, newTaskId: nt.id, oldDocumentId: o.id, newDocumentId: n.id, by,
  })));
}
