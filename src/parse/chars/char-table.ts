/** Lookup tables of UTF-16 code units, for the first- and last-character checks run on every line. */

/**
 * A table holding `value` (1 by default) at the code unit of each character and 0 elsewhere.
 * Indexing it costs a load; `Set#has` on a char code hashes it, several times the cost, and these
 * checks run on each of a large issue's lines. A character's first code unit is what counts.
 */
export function charTable(chars: Iterable<string>, value = 1): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = value;
  return table;
}
