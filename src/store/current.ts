/** The "current versions only" rule that every list and lookup applies. */
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/** Subquery of the ids of current issue versions, for `where(issue_id, "in", …)`. */
export function currentIssueIds(db: Kysely<Database>) {
  return db.selectFrom("issues").select("issues.id").where("issues.is_current", "=", 1);
}

/** Subquery of the ids of documents in current issue versions. */
export function currentDocumentIds(db: Kysely<Database>) {
  return db.selectFrom("documents").select("documents.id").where("documents.issue_id", "in", currentIssueIds(db));
}
