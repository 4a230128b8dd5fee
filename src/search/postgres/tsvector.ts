/**
 * tsvector/tsquery literals built from app-side tokens. Building them here instead of calling
 * to_tsvector keeps PostgreSQL's parser from re-splitting tokens, so both dialects see the same tokens.
 */

/** PostgreSQL clamps positions above this, which would break phrase matching. */
export const MAX_POSITION = 16383;
/** PostgreSQL keeps at most this many positions per lexeme. */
const MAX_POSITIONS_PER_LEXEME = 256;

/** Quotes a lexeme for tsvector/tsquery input. */
export function lexeme(token: string): string {
  return `'${token.replace(/\\/gu, "\\\\").replace(/'/gu, "''")}'`;
}

/** A tsvector literal of tokens at consecutive positions from `first`, with an optional weight. */
export function tsvectorLiteral(tokens: string[], first = 1, weight: "A" | "B" | "" = ""): string {
  const positions = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    const list = positions.get(token) ?? [];
    if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(Math.min(first + i, MAX_POSITION));
    positions.set(token, list);
  });
  return [...positions].map(([token, list]) => `${lexeme(token)}:${[...new Set(list)].map((p) => `${p}${weight}`).join(",")}`).join(" ");
}

/** A phrase tsquery of consecutive tokens, the last one optionally a prefix. */
export function phraseQuery(tokens: string[], prefixLast: boolean): string {
  return tokens.map((t, i) => `${lexeme(t)}${prefixLast && i === tokens.length - 1 ? ":*" : ""}`).join(" <-> ");
}

/** An OR tsquery of words, for ranking. */
export function anyQuery(tokens: string[]): string {
  return tokens.map(lexeme).join(" | ");
}

/** Overlapping windows of a token list; any run of up to `overlap + 1` tokens lies inside one window. */
export function chunks(tokens: string[], size: number, overlap: number): string[][] {
  if (tokens.length <= size) return [tokens];
  const out: string[][] = [];
  for (let start = 0; ; start += size - overlap) {
    out.push(tokens.slice(start, start + size));
    if (start + size >= tokens.length) break;
  }
  return out;
}
