/** Form posts validated with zod, like query strings: blank fields count as absent. */
import type { Context } from "hono";
import type { z } from "zod";
import { validate } from "../http/validate.ts";
import { formOf } from "./session.ts";

/** Validates the posted form (the CSRF field and blank fields left out). */
export async function validForm<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const form = await formOf(c);
  const fields = Object.fromEntries(Object.entries(form).filter(([key, value]) => key !== "_csrf" && value.trim() !== ""));
  return validate(schema, fields);
}
