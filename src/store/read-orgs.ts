/** Reading the global organisations: by id, by any spelling, all, and the documents of one. */
import type { Kysely } from "kysely";
import type { OrgKind } from "../model/issue.ts";
import type { Database, OrgRole } from "./schema.ts";
import { guard, notFound } from "./errors.ts";
import { orgKey } from "./org-key.ts";
import { currentDocumentIds } from "./current.ts";
import { currentDocuments, toDocumentSummary, type DocumentSummary } from "./read-documents.ts";

/** A global organisation with every spelling seen of it (its name excluded). */
export interface StoredOrg {
  id: number;
  name: string;
  kind: OrgKind;
  aliases: string[];
}

/** A document an organisation issued or has tasks in, with how it takes part. */
export interface OrgDocument extends DocumentSummary {
  roles: OrgRole[];
}

async function withAliases(db: Kysely<Database>, orgs: { id: number; name: string; kind: OrgKind }[]): Promise<StoredOrg[]> {
  if (orgs.length === 0) return [];
  const aliases = await db.selectFrom("org_aliases").select(["org_id", "alias"])
    .where("org_id", "in", orgs.map((o) => o.id)).orderBy("org_id").orderBy("alias").execute();
  const byOrg = new Map<number, string[]>();
  for (const { org_id, alias } of aliases) byOrg.set(org_id, [...(byOrg.get(org_id) ?? []), alias]);
  return orgs.map((org) => ({ ...org, aliases: (byOrg.get(org.id) ?? []).filter((a) => a !== org.name) }));
}

/** One organisation by id. */
export async function getOrg(db: Kysely<Database>, id: number): Promise<StoredOrg> {
  return guard(`reading organisation #${id}`, async () => {
    const org = await db.selectFrom("orgs").select(["id", "name", "kind"]).where("id", "=", id).executeTakeFirst();
    if (!org) throw notFound(`organisation #${id}`);
    const [stored] = await withAliases(db, [org]);
    if (!stored) throw notFound(`organisation #${id}`);
    return stored;
  });
}

/** Every organisation, by id. */
export async function listOrgs(db: Kysely<Database>): Promise<StoredOrg[]> {
  return guard("listing organisations", async () =>
    withAliases(db, await db.selectFrom("orgs").select(["id", "name", "kind"]).orderBy("id").execute()));
}

/** The organisation known under `name` or any spelling with the same matching key, or null. */
export async function findOrgByName(db: Kysely<Database>, name: string): Promise<StoredOrg | null> {
  return guard(`finding organisation ${name}`, async () => {
    const org = await db.selectFrom("org_aliases").innerJoin("orgs", "orgs.id", "org_aliases.org_id")
      .select(["orgs.id", "orgs.name", "orgs.kind"]).where("org_aliases.alias_key", "=", orgKey(name)).executeTakeFirst();
    if (!org) return null;
    const [stored] = await withAliases(db, [org]);
    return stored ?? null;
  });
}

/** Documents (current issue versions) the organisation issued or has tasks in, newest first. */
export async function orgDocuments(db: Kysely<Database>, orgId: number): Promise<OrgDocument[]> {
  return guard(`listing documents of organisation #${orgId}`, async () => {
    const links = await db.selectFrom("document_orgs").select(["document_id", "role"])
      .where("org_id", "=", orgId).where("document_id", "in", currentDocumentIds(db)).execute();
    if (links.length === 0) return [];
    const roles = new Map<number, OrgRole[]>();
    for (const { document_id, role } of links) roles.set(document_id, [...(roles.get(document_id) ?? []), role]);
    const rows = await currentDocuments(db).where("documents.id", "in", [...roles.keys()])
      .orderBy("documents.date", (ob) => ob.desc().nullsLast()).orderBy("documents.id", "desc").execute();
    const order: OrgRole[] = ["issuer", "lead", "responsible", "cooperating"];
    return rows.map((row) => ({
      ...toDocumentSummary(row),
      roles: order.filter((r) => roles.get(row.id)?.includes(r)),
    }));
  });
}
