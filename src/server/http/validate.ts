/** Request validation with zod: a bad value is a `bad-request` that names its field. */
import type { Context } from "hono";
import { z } from "zod";
import { GongbaoError } from "../../model/index.ts";

/** Parses input with a schema, or throws `bad-request` naming the first bad field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join(".") : "request";
  throw new GongbaoError("bad-request", `invalid ${field}: ${issue?.message ?? "bad value"}`, { field });
}

/** The query string as an object; empty values count as absent (an untouched form field). */
export function queryOf(c: Context): Record<string, string> {
  return Object.fromEntries(Object.entries(c.req.query()).filter(([, value]) => value.trim() !== ""));
}

/** Validates the query string. */
export function validQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  return validate(schema, queryOf(c));
}

/** Validates the path parameters. */
export function validParams<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  return validate(schema, c.req.param());
}

/** A positive whole number written in decimal (ids, years, page sizes). */
export const whole = z.string().regex(/^\d{1,9}$/u, "expected a whole number").transform(Number);

/** A row id: a whole number above zero. */
export const id = whole.refine((n) => n > 0, "expected a positive id");
