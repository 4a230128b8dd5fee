/**
 * Turns driver failures into GongbaoErrors so that callers (web, CLI) never see a raw driver
 * stack: a unique violation is a `conflict`, anything else a `database-error` with the driver's
 * first message line kept for the operator and the original error kept as `cause`.
 */
import { GongbaoError, isGongbaoError } from "../model/errors.ts";
import { classifyFailure } from "./quirks.ts";

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n")[0] ?? "").trim() || "unknown error";
}

/** Wraps any error met while doing `action` (e.g. "saving issue 2021/3") in a GongbaoError. */
export function storeError(error: unknown, action: string): GongbaoError {
  if (isGongbaoError(error)) return error;
  switch (classifyFailure(error)) {
    case "unique":
      return new GongbaoError("conflict", `${action}: a row with the same key already exists (${firstLine(error)})`, {}, { cause: error });
    case "foreign-key":
      return new GongbaoError("database-error", `${action}: a row refers to one that does not exist (${firstLine(error)})`, {}, { cause: error });
    case "unavailable":
      return new GongbaoError("database-error", `${action}: the database cannot be reached (${firstLine(error)})`, {}, { cause: error });
    default:
      return new GongbaoError("database-error", `${action} failed: ${firstLine(error)}`, {}, { cause: error });
  }
}

/** Runs a store operation, translating whatever it throws with {@link storeError}. */
export async function guard<T>(action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw storeError(error, action);
  }
}

/** The `not-found` error for a missing row. */
export function notFound(what: string): GongbaoError {
  return new GongbaoError("not-found", `${what} does not exist`);
}
