/**
 * A GB18030 encoder for tests. Node's TextDecoder reads gb18030 but TextEncoder only writes
 * UTF-8, so the reverse map is built by decoding every two-byte sequence once.
 */

let table: Map<string, [number, number]> | undefined;

function reverseMap(): Map<string, [number, number]> {
  if (table) return table;
  const decoder = new TextDecoder("gb18030");
  table = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== "\uFFFD" && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

/** Encodes text as GB18030 (ASCII and the two-byte plane; throws on characters outside them). */
export function encodeGb18030(text: string): Uint8Array {
  const map = reverseMap();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) { out.push(code); continue; }
    const pair = map.get(ch);
    if (!pair) throw new RangeError(`no two-byte GB18030 code for ${ch}`);
    out.push(pair[0], pair[1]);
  }
  return Uint8Array.from(out);
}
