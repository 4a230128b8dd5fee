/** Repair of the spaces PDF extraction puts around digits (`2021 年 7 月` → `2021年7月`). */

/** Removes whitespace next to an ASCII or full-width digit, and line breaks; other spaces stay. */
export function foldDigitSpaces(s: string): string {
  return s
    .replace(/[ \t\u3000]*[\r\n]+[ \t\u3000]*/gu, "")
    .replace(/(?<=[0-9０-９])[ \t\u3000]+|[ \t\u3000]+(?=[0-9０-９])/gu, "");
}
