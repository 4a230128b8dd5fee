/** Chinese numerals and calendar dates: the shared readers of every number the parser meets. */
export { CHINESE_NUMERAL_CHARS, foldDigits, parseChineseInt } from "./chinese-int.ts";
export { isoDate, isValidDate, lastDayOfMonth, parseDateLiteral } from "./date.ts";
export type { DateLiteral } from "./date.ts";
export { foldDigitSpaces } from "./digit-spaces.ts";
