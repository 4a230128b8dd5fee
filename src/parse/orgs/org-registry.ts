/**
 * The registry of organisations: every printed spelling of a body resolves to one
 * canonical entry. Clustering runs lazily on the first `idOf`/`orgs` after a change, so a short
 * form met before its full form still ends up in the same organisation; ask once all mentions are in.
 */
import { clusterNames, type Spelling } from "./cluster-names.ts";
import { defaultAliasTable, type AliasTable } from "./alias-table.ts";
import { contentKey, foldWidth, isSubsequence, orgMatchKey, type KeyContext } from "./match-key.ts";
import { orgKind } from "./org-kind.ts";
import { removeSpaces, stripMarkdown } from "../text/index.ts";
import type { Org } from "../../model/issue.ts";

/** How names are matched: the issuing jurisdiction (e.g. 大武口区) and the alias table. */
export interface RegistryOptions {
  jurisdiction?: string;
  aliasTable?: AliasTable;
}

interface Seen {
  name: string;
  spelling: Spelling;
  /** Order of first sight, over task mentions and observations alike. */
  seq: number;
  /** Order of first sight as a task unit; organisations are numbered by it. */
  taskSeq: number | undefined;
  count: number;
}

interface Built {
  /** Clusters in id order. */
  clusters: Seen[][];
  idByName: Map<string, string>;
}

/** What `resolve` hands back for a name: enough to count its next mention (see `resolveAgain`). */
export interface Mention {
  readonly name: string;
}

/** Registry of the organisations named by an issue's tasks, with every spelling met. */
export class OrgRegistry {
  private readonly ctx: KeyContext;
  private readonly seen = new Map<string, Seen>();
  private taskMentions = 0;
  private built: Built | undefined;

  constructor(options: RegistryOptions = {}) {
    this.ctx = { jurisdiction: options.jurisdiction, aliasTable: options.aliasTable ?? defaultAliasTable };
  }

  /**
   * Registers a unit mention from a task. Ids are only final once every mention is in, so none is
   * returned here: clustering once at the end keeps thousands of distinct names linear to add.
   */
  resolve(name: string): Mention {
    const entry = this.record(name);
    if (entry.taskSeq === undefined) {
      entry.taskSeq = this.taskMentions++;
      entry.spelling.resolved = true;
      this.built = undefined;
    }
    return entry;
  }

  /** Registers one more task mention of a name `resolve` returned `mention` for (what `resolve` would do, without finding it again). */
  resolveAgain(mention: Mention): void {
    (mention as Seen).count += 1;
  }

  /** Records a spelling seen elsewhere (tables, running text): it becomes an alias only if it matches an org. */
  observe(name: string): void {
    this.record(name);
  }

  /** The organisations: ids org-1… in order of first task mention, fullest printed name, other spellings as aliases. */
  orgs(): Org[] {
    return this.build().clusters.map((members, i) => {
      const name = canonicalName(members);
      const aliases = members
        .filter((m) => m.name !== name)
        .sort((a, b) => a.seq - b.seq)
        .map((m) => m.name);
      return { id: orgId(i), name, aliases, kind: orgKind(name) };
    });
  }

  /** The final id for a printed name, or undefined when it names no registered organisation. */
  idOf(name: string): string | undefined {
    return this.build().idByName.get(display(name));
  }

  private record(name: string): Seen {
    const shown = display(name);
    if (shown === "") throw new RangeError("empty organisation name");
    let entry = this.seen.get(shown);
    if (entry === undefined) {
      const kind = orgKind(shown);
      const spelling = { name: shown, kind, key: orgMatchKey(shown, kind, this.ctx), resolved: false };
      entry = { name: shown, spelling, seq: this.seen.size, taskSeq: undefined, count: 0 };
      this.seen.set(shown, entry);
      this.built = undefined;
    }
    entry.count += 1;
    return entry;
  }

  /** Clustering depends only on which spellings were met, so counts alone never invalidate it. */
  private build(): Built {
    if (this.built !== undefined) return this.built;
    const entries = [...this.seen.values()];
    const clusters = clusterNames(entries.map((e) => e.spelling))
      .map((indexes) => indexes.map((i) => entries[i]).filter((e): e is Seen => e !== undefined))
      .map((members) => ({ members, first: Math.min(...members.map((m) => m.taskSeq ?? Infinity)) }))
      .sort((a, b) => a.first - b.first)
      .map((c) => c.members);
    const idByName = new Map<string, string>();
    clusters.forEach((members, i) => {
      for (const m of members) idByName.set(m.name, orgId(i));
    });
    this.built = { clusters, idByName };
    return this.built;
  }
}

function orgId(index: number): string {
  return `org-${index + 1}`;
}

/** The printed form kept for display: only extraction spaces and markdown markers removed. */
export function display(name: string): string {
  // Names come split and cleaned: one test (a space, or a marker's character) spares them both folds' own.
  return FOLDABLE_NAME.test(name) ? removeSpaces(stripMarkdown(name)) : name;
}

const FOLDABLE_NAME = /[\s*_]/u;

/**
 * The fullest printed form: one whose content no other spelling contains (星海镇 ⊂ 星海镇人民政府,
 * 团区委 ⊂ 共青团大武口区委); among those, the most printed (typo variants are rare), then the longer.
 */
function canonicalName(members: readonly Seen[]): string {
  const keys = members.map((m) => contentKey(m.name));
  const maximal = members.filter((_, i) => {
    const k = keys[i] ?? "";
    return !keys.some((other) => other.length > k.length && isSubsequence(k, other));
  });
  const best = [...maximal].sort(
    (a, b) => b.count - a.count || foldWidth(b.name).length - foldWidth(a.name).length || a.seq - b.seq,
  )[0];
  return best?.name ?? members[0]?.name ?? "";
}
