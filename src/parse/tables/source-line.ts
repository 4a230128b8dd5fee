/** One line of the source text with its 1-based line number. */
export interface SourceLine {
  line: number;
  text: string;
}

/** True for a line with nothing but whitespace (page breaks leave these between rows). */
export function isBlank(text: string): boolean {
  return !/\S/u.test(text);
}
