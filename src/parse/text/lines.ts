/** Splitting text into numbered lines as an editor counts them. */

/** A source line: its 1-based number and its text. */
export interface SourceLine {
  line: number;
  text: string;
}

/**
 * Splits text into lines (LF, CRLF or CR). A last line without a newline is a line; a final
 * newline does not start an empty one.
 */
export function splitLines(text: string): string[] {
  if (text.length === 0) return [];
  const lines = text.split(/\r\n|\n|\r/u);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
