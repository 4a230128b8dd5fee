/** The assessment ranking as CSV, written by the one CSV writer of the site (feeds/csv.ts). */
import { assessmentTable, type UnitScore } from "../../track/index.ts";
import { toCsv } from "../feeds/index.ts";

/** Excel-ready CSV of a ranking: BOM, CRLF, quoting, formula guard; scores stay numbers. */
export function assessmentCsv(rows: readonly UnitScore[]): string {
  const table = assessmentTable(rows);
  return toCsv(table.header, table.rows);
}
