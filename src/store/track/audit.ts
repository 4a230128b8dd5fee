/**
 * The audit log: who changed what, when, with the row before and after. Every state-changing
 * ledger function writes its entry inside its own transaction, so a change and its record
 * commit or fail together; database triggers refuse any UPDATE or DELETE of the log.
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { guard } from "../errors.ts";
import { noteDataChange } from "../data-version.ts";

/** One change to record. */
export interface AuditEntry {
  at: string;
  userId: number | null;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** A recorded change, as read back. */
export interface StoredAuditEntry {
  id: number;
  at: string;
  userId: number | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Appends an entry; call it with the transaction that makes the change. */
export async function writeAudit(db: Kysely<Database>, entry: AuditEntry): Promise<number> {
  const row = await db.insertInto("audit_log").values({
    at: entry.at,
    user_id: entry.userId,
    action: entry.action,
    entity: entry.entity,
    entity_id: String(entry.entityId),
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  }).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

/** Entries oldest first (or newest first), optionally for one entity (e.g. `report`, `12`) or before an id. */
export async function listAudit(
  db: Kysely<Database>, filter: { entity?: string; entityId?: string | number; limit?: number; newestFirst?: boolean; beforeId?: number } = {},
): Promise<StoredAuditEntry[]> {
  return guard("reading the audit log", async () => {
    let q = db.selectFrom("audit_log").selectAll();
    if (filter.entity !== undefined) q = q.where("entity", "=", filter.entity);
    if (filter.entityId !== undefined) q = q.where("entity_id", "=", String(filter.entityId));
    if (filter.beforeId !== undefined) q = q.where("id", "<", filter.beforeId);
    const rows = await q.orderBy("id", filter.newestFirst ? "desc" : "asc").limit(Math.min(filter.limit ?? 1000, 10_000)).execute();
    return rows.map((r) => ({
      id: r.id, at: r.at, userId: r.user_id, action: r.action, entity: r.entity, entityId: r.entity_id,
      before: r.before === null ? null : JSON.parse(r.before) as unknown,
      after: r.after === null ? null : JSON.parse(r.after) as unknown,
    }));
  });
}

/** Runs a change in one transaction (joining the caller's if there is one), errors translated. */
export async function mutation<T>(db: Kysely<Database>, action: string, run: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return guard(action, () => run(db));
  try {
    return await guard(action, () => db.transaction().execute(run));
  } finally {
    // Even a failed change may have been half-visible to a page rendered meanwhile.
    noteDataChange();
  }
}

/** True when a conditional UPDATE changed a row; false means someone else changed it first. */
export function changed(result: { numUpdatedRows: bigint }): boolean {
  return result.numUpdatedRows > 0n;
}
