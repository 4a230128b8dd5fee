/**
 * Managing people: the administrators' list of users and switching an account off. A switched-off
 * account loses its sessions in the same transaction, so deactivation takes effect at once.
 */
import type { Kysely } from "kysely";
import { requireAdmin, type Actor } from "../../track/roles.ts";
import type { Database } from "../schema.ts";
import { guard, notFound } from "../errors.ts";
import { GongbaoError } from "../../model/errors.ts";
import { mutation, writeAudit } from "./audit.ts";
import type { User } from "./users.ts";

/** A user as the administrators' list shows it. */
export interface UserListing extends User {
  orgName: string | null;
  createdAt: string;
}

/** Every user, by name, with the organisation a reporter reports for. */
export async function listUsers(db: Kysely<Database>): Promise<UserListing[]> {
  const rows = await guard("listing users", () => db.selectFrom("users").leftJoin("orgs", "orgs.id", "users.org_id")
    .select(["users.id", "users.username", "users.role", "users.org_id", "users.active", "users.created_at", "orgs.name as org_name"])
    .orderBy("users.username").execute());
  return rows.map((r) => ({ userId: r.id, username: r.username, role: r.role, orgId: r.org_id, active: r.active === 1, orgName: r.org_name, createdAt: r.created_at }));
}

/** An administrator switches an account off (ending its sessions) or on again; never their own. */
export async function setUserActive(db: Kysely<Database>, actor: Actor, input: { userId: number; active: boolean; now: Date }): Promise<void> {
  requireAdmin(actor);
  if (input.userId === actor.userId && !input.active) throw new GongbaoError("bad-request", "不能停用自己的账号", { field: "userId" });
  const at = input.now.toISOString();
  await mutation(db, `switching user #${input.userId} ${input.active ? "on" : "off"}`, async (trx) => {
    const before = await trx.selectFrom("users").select(["id", "active"]).where("id", "=", input.userId).executeTakeFirst();
    if (!before) throw notFound(`user #${input.userId}`);
    await trx.updateTable("users").set({ active: input.active ? 1 : 0 }).where("id", "=", before.id).execute();
    if (!input.active) await trx.deleteFrom("sessions").where("user_id", "=", before.id).execute();
    await writeAudit(trx, {
      at, userId: actor.userId, action: input.active ? "activate" : "deactivate", entity: "user", entityId: before.id,
      before: { active: before.active === 1 }, after: { active: input.active },
    });
  });
}
