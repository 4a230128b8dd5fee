/**
 * Turning the bytes of an uploaded gazette into text. Gazettes reach us as UTF-8 (with or
 * without BOM), UTF-16 from Windows tools, or GBK/GB18030 from older systems; the encoding is
 * read from the bytes alone because file names and HTTP headers lie.
 */
import { GongbaoError } from "../../model/errors.ts";
import { guessUtf16, hasManyControlBytes, knownBinaryFormat } from "./sniff-binary.ts";

/** The encodings gongbao reads. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/** Decoded text, the encoding it was read in and whether a byte-order mark was stripped. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
}

/** Characters of decoded GB18030 text inspected to judge that it reads as Chinese. */
const GB_SAMPLE_CHARS = 64 * 1024;

/** Share of CJK among non-ASCII characters that a GB18030 reading must reach. */
const GB_MIN_CJK_SHARE = 0.6;

function tryDecode(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM keeps the decoder from second-guessing: BOMs are handled by the caller.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function isCjkLike(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2000 && code <= 0x206f)
  );
}

/** True when the head of a GB18030 reading is mostly Chinese characters and punctuation. */
function looksChinese(text: string): boolean {
  const n = Math.min(text.length, GB_SAMPLE_CHARS);
  let nonAscii = 0;
  let cjk = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii++;
    if (isCjkLike(code)) cjk++;
  }
  return nonAscii > 0 && cjk / nonAscii >= GB_MIN_CJK_SHARE;
}

function fail(code: "empty-input" | "binary-input" | "unreadable-encoding", name: string, detail: string, file?: string): never {
  throw new GongbaoError(code, `${name} ${detail}`, file ? { file } : {});
}

function finish(text: string, encoding: TextEncodingName, bom: boolean, name: string, file?: string): DecodedText {
  // A NUL inside decoded text means the bytes were binary after all (e.g. UTF-16 of garbage).
  if (text.includes("\u0000")) fail("binary-input", name, "contains NUL characters: it is binary data, not text", file);
  if (!/\S/u.test(text)) fail("empty-input", name, "contains only whitespace", file);
  return { text, encoding, bom };
}

function decodeWithBom(bytes: Uint8Array, name: string, file?: string): DecodedText | null {
  const [b0, b1, b2] = bytes;
  let encoding: TextEncodingName | null = null;
  let skip = 0;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) [encoding, skip] = ["utf-8", 3];
  else if (b0 === 0xff && b1 === 0xfe) [encoding, skip] = ["utf-16le", 2];
  else if (b0 === 0xfe && b1 === 0xff) [encoding, skip] = ["utf-16be", 2];
  if (!encoding) return null;
  const text = tryDecode(encoding, bytes.subarray(skip));
  if (text === null) fail("unreadable-encoding", name, `starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`, file);
  return finish(text, encoding, true, name, file);
}

/**
 * Decodes gazette bytes: UTF-8 or UTF-16 by BOM, else strict UTF-8, else GB18030 when it reads
 * as Chinese. Throws `empty-input`, `binary-input` or `unreadable-encoding`, naming `file`.
 */
export function decodeText(bytes: Uint8Array, file?: string): DecodedText {
  const name = file ?? "the input";
  if (bytes.length === 0) fail("empty-input", name, "is empty", file);

  const magic = knownBinaryFormat(bytes);
  if (magic) fail("binary-input", name, `is ${magic}`, file);

  const withBom = decodeWithBom(bytes, name, file);
  if (withBom) return withBom;

  // indexOf is native; only NUL-bearing inputs pay for the slower UTF-16 guess.
  if (bytes.indexOf(0) !== -1) {
    const utf16 = guessUtf16(bytes);
    const text = utf16 ? tryDecode(utf16, bytes) : null;
    if (utf16 && text !== null) return finish(text, utf16, false, name, file);
    fail("binary-input", name, "contains NUL bytes: it is binary data, not text", file);
  }
  if (hasManyControlBytes(bytes)) fail("binary-input", name, "contains many control characters: it is binary data, not text", file);

  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== null) return finish(utf8, "utf-8", false, name, file);

  const gb = tryDecode("gb18030", bytes);
  if (gb !== null && looksChinese(gb)) return finish(gb, "gb18030", false, name, file);

  return fail("unreadable-encoding", name, "is neither UTF-8, UTF-16 nor GB18030 text: save it as UTF-8 and try again", file);
}
