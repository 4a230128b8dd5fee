/**
 * Bytes to the parser's source: the decoded text and the bytes' fingerprint. Decoding apart
 * from parsing lets a caller drop a large input's bytes before the parse grows its output.
 */
import { createHash } from "node:crypto";
import { decodeText, guessUtf16, hasManyControlBytes, knownBinaryFormat, type TextEncodingName } from "./decode/index.ts";

/** A decoded input: its text (or, when decoded in chunks, its lines), the SHA-256 of its bytes, the encoding. */
export interface DecodedSource {
  text: string | null;
  lines?: string[];
  sha256: string;
  encoding: TextEncodingName;
}

/** The SHA-256 of bytes or of a string's UTF-8 form, hex. */
export function sha256(input: Uint8Array | string): string {
  return createHash("sha256").update(input).digest("hex");
}

/** Decodes bytes (UTF-8, UTF-16, GB18030) and fingerprints them; errors name `file`. */
export function decodeSource(bytes: Uint8Array, file?: string): DecodedSource {
  const { text, encoding } = decodeText(bytes, file);
  return { text, sha256: sha256(bytes), encoding };
}

const BREAK = /\r\n|\n|\r/u;

/**
 * Decodes an input read in chunks straight into lines, so that neither the whole byte buffer
 * nor one whole string of the text is ever held. UTF-8 (with or without BOM) streams; anything
 * else — UTF-16, GB18030, binary, empty — falls back to reading the chunks whole, where
 * `decodeText` decides and names the error. `chunks` is called again for the fallback. A chunk
 * may be a view into a buffer that the next chunk overwrites: what is kept past it is copied.
 */
export function decodeChunks(chunks: () => Iterable<Uint8Array>, file?: string): DecodedSource {
  const hash = createHash("sha256");
  // ignoreBOM false: a UTF-8 byte-order mark is consumed by the decoder, as decodeText does.
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  // Each chunk's lines as split; joined once at the end rather than pushed one by one.
  const batches: string[][] = [];
  let pending = "";
  let carryReturn = false;
  let size = 0;
  const take = (piece: string): void => {
    let s = carryReturn ? `\r${piece}` : piece;
    carryReturn = s.endsWith("\r");
    if (carryReturn) s = s.slice(0, -1);
    // A string separator splits faster than a regex: most texts end their lines with LF alone.
    const parts = s.includes("\r") ? s.split(BREAK) : s.split("\n");
    parts[0] = pending + (parts[0] ?? "");
    pending = parts.pop() ?? "";
    if (parts.length > 0) batches.push(parts);
  };
  const feed = (chunk: Uint8Array): void => {
    if (chunk.indexOf(0) !== -1) throw new Error("nul");
    size += chunk.length;
    hash.update(chunk);
    take(decoder.decode(chunk, { stream: true }));
  };
  try {
    // The head is sniffed whole (magic numbers, UTF-16, control bytes) before anything streams.
    let head: Uint8Array[] | null = [];
    let headSize = 0;
    const sniff = (): void => {
      const bytes = concat(head ?? []);
      if (knownBinaryFormat(bytes) !== null || guessUtf16(bytes) !== null || hasManyControlBytes(bytes)) throw new Error("sniff");
      head = null;
      feed(bytes);
    };
    for (const chunk of chunks()) {
      if (head === null) feed(chunk);
      else {
        head.push(new Uint8Array(chunk));
        headSize += chunk.length;
        if (headSize >= 4096) sniff();
      }
    }
    if (head !== null) sniff();
    take(decoder.decode());
  } catch {
    return wholeSource(chunks, file);
  }
  const lines = batches.length === 1 ? (batches[0] as string[]) : ([] as string[]).concat(...batches);
  if (carryReturn || pending !== "") lines.push(pending);
  if (size === 0 || lines.every((l) => l.trim() === "")) return wholeSource(chunks, file);
  return { text: null, lines, sha256: hash.digest("hex"), encoding: "utf-8" };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
}

function wholeSource(chunks: () => Iterable<Uint8Array>, file?: string): DecodedSource {
  const copies: Uint8Array[] = [];
  for (const chunk of chunks()) copies.push(new Uint8Array(chunk));
  return decodeSource(concat(copies), file);
}
