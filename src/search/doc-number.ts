/** Recognises 发文字号 (document numbers) in the many spellings people type them. */
import { fold } from "./segmenter.ts";

/** The parts of a typed document number; agency and year may be left out by the user. */
export interface DocNumberQuery {
  agency: string | null;
  year: number | null;
  serial: number;
}

const OPEN = "〔\\[(【﹝〈<{";
const CLOSE = "〕\\])】﹞〉>}";
const DOC_NUMBER = new RegExp(
  `^(?<agency>\\p{Script=Han}+?)?(?:[${OPEN}]?(?<year>(?:19|20)\\d{2})[${CLOSE}]?年?)?第?(?<serial>\\d{1,6})号$`,
  "u",
);

/**
 * Parses `石大政办发〔2021〕9号`, `政办发 9号`, `石大政办发2021年9号`, `石大政办发[2021]9号`,
 * `(2021)9号` …; null when the text is not a document number or names neither agency nor year.
 */
export function parseDocNumberQuery(q: string): DocNumberQuery | null {
  const text = fold(q).replace(/\s+/gu, "");
  if (text.length > 60) return null;
  const groups = DOC_NUMBER.exec(text)?.groups;
  if (!groups?.["serial"]) return null;
  const agency = groups["agency"] ?? null;
  const year = groups["year"] ? Number(groups["year"]) : null;
  if (agency === null && year === null) return null;
  return { agency, year, serial: Number(groups["serial"]) };
}
