/** What every part of a document's parse shares: the source lines, the year, warnings. */
import type { Warning } from "../../model/index.ts";
import type { OrgRegistry } from "../orgs/index.ts";

/** Shared state of one issue's parse. */
export interface ParseContext {
  lines: readonly string[];
  /** The year dates without a year default to (issue year, else the document's). */
  year: number | undefined;
  registry: OrgRegistry;
  warnings: Warning[];
}

/** Records a warning with its source line. */
export function warn(ctx: ParseContext, line: number | null, code: string, message: string): void {
  ctx.warnings.push({ line, code, message });
}
