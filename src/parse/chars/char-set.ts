/**
 * A set of characters (UTF-16 code units) as a bitmap: 8 KB for the whole BMP, the common
 * ideographs' part 2.6 KB. A scan that asks about every character of a text stays in a few
 * cache lines this way, where a byte table per code unit (64 KB) misses on most ideographs once
 * the rest of the parser has run between two texts.
 */
export class CharSet {
  private readonly bits = new Uint32Array(0x10000 / 32);

  /** A set of the code units of `chars`. */
  constructor(chars = "") {
    for (let i = 0; i < chars.length; i++) this.add(chars.charCodeAt(i));
  }

  /** Adds the code unit `code`. */
  add(code: number): this {
    const k = code >>> 5;
    this.bits[k] = (this.bits[k] ?? 0) | (1 << (code & 31));
    return this;
  }

  /** Whether the set holds `code`; NaN (`charCodeAt` past the end) reads as U+0000. */
  has(code: number): boolean {
    return (((this.bits[code >>> 5] ?? 0) >>> (code & 31)) & 1) === 1;
  }
}

/**
 * The char code at `i`, or 0 (a NUL, which no set here holds) outside the text: `charCodeAt`
 * would give NaN, and an out-of-bounds read or a NaN reaching a hot function deoptimizes it.
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : 0;
}

/** The char code of a one-character string, for constants that show the character they test. */
export function codeOf(ch: string): number {
  return ch.charCodeAt(0);
}

/** A typed array twice as long as `old`, its values first: how the hot scans' reused buffers grow. */
export function doubled<T extends Int32Array | Uint8Array | Float64Array>(old: T): T {
  const grown = new (old.constructor as new (length: number) => T)(old.length * 2);
  grown.set(old);
  return grown;
}
