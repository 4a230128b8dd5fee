/** The matching key of organisation names, shared by saving and looking up. */

/** A name's matching key: NFKC-folded (full-width letters, digits, brackets) with all whitespace removed. */
export function orgKey(name: string): string {
  return name.normalize("NFKC").replace(/\s+/gu, "");
}
