/**
 * The curated alias table (aliases.json): general naming knowledge that lets the registry see
 * that two spellings name one body. Kept as data so it can be edited without touching rules.
 */
import { z } from "zod";
import table from "./aliases.json" with { type: "json" };

/** Schema of the alias table file. */
export const AliasTableSchema = z.object({
  $comment: z.string().optional(),
  /** short form → full form, expanded wherever the short form occurs in a name. */
  abbreviations: z.record(z.string().min(1), z.string().min(1)),
  /** [from, to]: a name ending in `from` names the same body as one ending in `to`. */
  equivalentSuffixes: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
});
/** A validated alias table. */
export type AliasTable = z.infer<typeof AliasTableSchema>;

/** The table shipped with gongbao. */
export const defaultAliasTable: AliasTable = AliasTableSchema.parse(table);
