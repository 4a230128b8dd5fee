/** JSON columns: text in both dialects, checked against the model's schemas when read back. */
import type { z } from "zod";
import { GongbaoError } from "../model/errors.ts";

/** Serialises a value for a JSON text column. */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

/** Parses a JSON text column and checks it, so a corrupt row is a clear error, not a bad value. */
export function fromJson<S extends z.ZodType>(schema: S, text: string, what: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new GongbaoError("database-error", `stored ${what} is not valid JSON`, {}, { cause: error });
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? ` at ${issue.path.join(".") || "(root)"}: ${issue.message}` : "";
    throw new GongbaoError("database-error", `stored ${what} does not match its schema${where}`, {}, { cause: result.error });
  }
  return result.data;
}
