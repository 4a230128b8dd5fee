/** Loading a user's organisation alias table and merging it into the curated one. */
import { readFileSync } from "node:fs";
import { GongbaoError } from "../model/index.ts";
import { AliasTableSchema, defaultAliasTable, type AliasTable } from "../parse/index.ts";

/** The curated table, extended by the JSON file at `path` when one is given. */
export function loadAliasTable(path: string | undefined): AliasTable {
  if (!path) return defaultAliasTable;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new GongbaoError("bad-request", `cannot read the alias table: ${(error as Error).message}`, { file: path });
  }
  const parsed = AliasTableSchema.safeParse(raw);
  if (!parsed.success) {
    const problem = parsed.error.issues[0];
    throw new GongbaoError("bad-request", `alias table: ${problem?.path.join(".") ?? ""} ${problem?.message ?? "invalid"}`, { file: path });
  }
  const extra = parsed.data;
  const merged: Record<string, unknown> = { ...defaultAliasTable };
  for (const [key, value] of Object.entries(extra)) {
    const base = (defaultAliasTable as Record<string, unknown>)[key];
    merged[key] = Array.isArray(base) && Array.isArray(value) ? [...base, ...value] : base && typeof base === "object" && value && typeof value === "object" ? { ...base, ...value } : value;
  }
  return AliasTableSchema.parse(merged);
}
