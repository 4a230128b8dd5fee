/** What every part of a document's parse shares: the source lines, the year, warnings. */
import type { OrgRef, Warning } from "../../model/index.ts";
import type { Mention, OrgRegistry } from "../orgs/index.ts";

/** Shared state of one issue's parse. */
export interface ParseContext {
  lines: readonly string[];
  /** The year dates without a year default to (issue year, else the document's). */
  year: number | undefined;
  registry: OrgRegistry;
  warnings: Warning[];
  /**
   * Each printed name's OrgRef, shared by every task naming it (ids are filled in at the end),
   * with its registry mention, so that the name met again costs one probe.
   */
  refs: Map<string, Known>;
}

/** A printed name's shared reference and its registry mention. */
export interface Known {
  ref: OrgRef;
  mention: Mention;
}

/** The shared reference for a unit as printed, registering the mention with the registry. */
export function orgRef(ctx: ParseContext, name: string): OrgRef {
  // A name met again is one probe, not a registry lookup of its display form.
  const seen = ctx.refs.get(name);
  if (seen !== undefined) {
    ctx.registry.resolveAgain(seen.mention);
    return seen.ref;
  }
  const ref = { name, org: "" };
  ctx.refs.set(name, { ref, mention: ctx.registry.resolve(name) });
  return ref;
}

/** Records a warning with its source line. */
export function warn(ctx: ParseContext, line: number | null, code: string, message: string): void {
  ctx.warnings.push({ line, code, message });
}
