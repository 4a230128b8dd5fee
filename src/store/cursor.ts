/** Opaque pagination cursors: base64url JSON of the last row's sort key. */
import { GongbaoError } from "../model/errors.ts";

/** A page of results and the cursor for the next one (null on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The largest page a caller may ask for. */
export const MAX_PAGE_SIZE = 500;

/** Encodes a sort key as a cursor. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** Decodes a cursor made by {@link encodeCursor} whose parts have the given types. */
export function decodeCursor<const T extends readonly ("string" | "number")[]>(
  cursor: string,
  shape: T,
): { [K in keyof T]: T[K] extends "string" ? string : number } {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    value = undefined;
  }
  const ok = Array.isArray(value) && value.length === shape.length && shape.every((type, i) => typeof value[i] === type);
  if (!ok) throw new GongbaoError("bad-request", "invalid cursor", { field: "cursor" });
  return value as { [K in keyof T]: T[K] extends "string" ? string : number };
}

/** Checks a page size: a whole number from 1 to {@link MAX_PAGE_SIZE}. */
export function checkLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new GongbaoError("bad-request", `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}`, { field: "limit" });
  }
  return limit;
}
