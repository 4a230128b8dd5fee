/**
 * Recognising bytes that are not text at all, so the user hears "this is a PDF" rather than
 * a confusing encoding error. Only a bounded sample is inspected, keeping large inputs fast.
 */

/** A known binary format: its magic bytes and the advice shown to the user. */
interface Magic {
  bytes: readonly number[];
  what: string;
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const MAGICS: readonly Magic[] = [
  { bytes: ascii("%PDF-"), what: "a PDF: extract its text first, e.g. with pdftotext -layout" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "a ZIP archive (or a DOCX/XLSX/ODT document): extract its text first" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: "a legacy Office document (DOC/XLS): extract its text first" },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: "a PNG image, not text" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image, not text" },
  { bytes: ascii("GIF87a"), what: "a GIF image, not text" },
  { bytes: ascii("GIF89a"), what: "a GIF image, not text" },
  { bytes: [0x1f, 0x8b], what: "a gzip archive: decompress it first" },
];

/** Bytes inspected for control characters: enough to judge, cheap on a 100 MB file. */
const SAMPLE_BYTES = 64 * 1024;

/** Share of disallowed control bytes above which the sample is judged binary. */
const CONTROL_SHARE = 0.01;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/** Names the binary format the bytes start with, or null when no known magic number matches. */
export function knownBinaryFormat(bytes: Uint8Array): string | null {
  for (const magic of MAGICS) if (startsWith(bytes, magic.bytes)) return magic.what;
  return null;
}

/**
 * True when the head of the bytes holds many C0 control characters. Tab, line feed, vertical
 * tab, form feed (pdftotext's page break), carriage return and escape are allowed.
 */
export function hasManyControlBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) bad++;
  }
  return bad >= 4 && bad / n > CONTROL_SHARE;
}

/**
 * Guesses BOM-less UTF-16 from where the NUL bytes sit: ASCII-heavy UTF-16 text has a NUL in
 * most high bytes and almost none in the low ones. Returns null when the pattern is absent.
 */
export function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.02) return "utf-16le";
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.02) return "utf-16be";
  return null;
}
