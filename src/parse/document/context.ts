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
  /** One OrgRef per printed name, shared by every task naming it (ids are filled in at the end). */
  refs: Map<string, OrgRef>;
  /** Each printed name's ref and registry mention, made by the first `orgRef`. */
  known?: Map<string, Known>;
}

/** A printed name's shared reference and its registry mention. */
export interface Known {
  ref: OrgRef;
  mention: Mention;
}

/** The shared reference for a unit as printed, registering the mention with the registry. */
export function orgRef(ctx: ParseContext, name: string): OrgRef {
  // A name met again is one probe, not a registry lookup of its display form and a refs lookup.
  const names = (ctx.known ??= new Map());
  const seen = names.get(name);
  if (seen !== undefined) {
    ctx.registry.resolveAgain(seen.mention);
    return seen.ref;
  }
  const mention = ctx.registry.resolve(name);
  let ref = ctx.refs.get(name);
  if (ref === undefined) {
    ref = { name, org: "" };
    ctx.refs.set(name, ref);
  }
  names.set(name, { ref, mention });
  return ref;
}

/** Records a warning with its source line. */
export function warn(ctx: ParseContext, line: number | null, code: string, message: string): void {
  ctx.warnings.push({ line, code, message });
}
