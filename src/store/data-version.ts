/**
 * A process-wide count of writes that change what public pages show (imports, tracker changes).
 * Caches of rendered pages key their entries by it, so a write in this process invalidates them
 * at once; writes by other processes are seen through {@link storedDataVersion}.
 */
import { sql, type Kysely } from "kysely";
import type { Database } from "./schema.ts";

let writes = 0;

/** Records that the data changed; call after the write has committed. */
export function noteDataChange(): void {
  writes += 1;
}

/** How many changes {@link noteDataChange} has recorded in this process. */
export function localDataVersion(): number {
  return writes;
}

/**
 * What the database itself says about its version: every import adds an issue row (a re-import
 * is a new version row), and every tracker change appends to the audit log. Both maxima are
 * primary-key lookups, so this is cheap enough to read once a second.
 */
export async function storedDataVersion(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ issue: number | null; audit: number | null }>`SELECT
    (SELECT MAX(id) FROM issues) AS issue, (SELECT MAX(id) FROM audit_log) AS audit`.execute(db);
  const row = rows[0];
  return `${row?.issue ?? 0}.${row?.audit ?? 0}`;
}
