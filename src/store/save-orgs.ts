/**
 * Resolves the organisations an issue names to the store's global organisations. Two spellings
 * are the same organisation when their matching keys ({@link orgKey}) are equal; every spelling
 * met is kept as an alias, so later issues find the org by any of them.
 */
import type { Kysely } from "kysely";
import type { Org, OrgKind } from "../model/issue.ts";
import { GongbaoError } from "../model/errors.ts";
import type { Database } from "./schema.ts";
import { orgKey } from "./org-key.ts";

interface Spelling {
  key: string;
  alias: string;
}

function spellings(names: readonly string[]): Spelling[] {
  const seen = new Map<string, Spelling>();
  for (const alias of names) {
    const key = orgKey(alias);
    if (key && !seen.has(key)) seen.set(key, { key, alias: alias.trim() });
  }
  return [...seen.values()];
}

/** Resolves organisations within one save, remembering what it has resolved already. */
export class OrgResolver {
  private readonly byKey = new Map<string, number>();

  constructor(private readonly db: Kysely<Database>) {}

  /**
   * The global id of the org named `name` (or any of `aliases`), creating it when no key is
   * known. When the keys point at several orgs, the one the name points at wins; the other
   * keys keep their owners, since moving an alias would silently merge two organisations.
   */
  async resolve(name: string, aliases: readonly string[], kind: OrgKind): Promise<number> {
    const all = spellings([name, ...aliases]);
    const primary = all[0];
    if (!primary) throw new GongbaoError("bad-request", "an organisation needs a non-blank name");
    const cached = this.byKey.get(primary.key);
    if (cached !== undefined && all.every((s) => this.byKey.has(s.key))) return cached;

    const known = await this.db.selectFrom("org_aliases").select(["alias_key", "org_id"])
      .where("alias_key", "in", all.map((s) => s.key)).orderBy("org_id").execute();
    const owners = new Map(known.map((row) => [row.alias_key, row.org_id]));
    let orgId = owners.get(primary.key) ?? known[0]?.org_id;
    if (orgId === undefined) {
      const created = await this.db.insertInto("orgs").values({ name: primary.alias, kind }).returning("id").executeTakeFirstOrThrow();
      orgId = created.id;
    } else if (kind !== "other") {
      // Issuers are first met without a kind; an issue's registry later tells the real one.
      await this.db.updateTable("orgs").set({ kind }).where("id", "=", orgId).where("kind", "=", "other").execute();
    }
    const fresh = all.filter((s) => !owners.has(s.key));
    if (fresh.length > 0) {
      await this.db.insertInto("org_aliases")
        .values(fresh.map((s) => ({ alias_key: s.key, org_id: orgId, alias: s.alias })))
        .onConflict((oc) => oc.column("alias_key").doNothing())
        .execute();
    }
    for (const s of all) this.byKey.set(s.key, owners.get(s.key) ?? orgId);
    this.byKey.set(primary.key, orgId);
    return orgId;
  }

  /** Maps the issue's own org ids (`org-7`) to global ids. */
  async resolveRegistry(orgs: readonly Org[]): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (const org of orgs) ids.set(org.id, await this.resolve(org.name, org.aliases, org.kind));
    return ids;
  }

  /** The global id of an issuer (发文机关): a known org, or a new one of kind `other`. */
  async resolveIssuer(name: string): Promise<number> {
    const cached = this.byKey.get(orgKey(name));
    return cached ?? this.resolve(name, [], "other");
  }
}
