import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeChunks, decodeSource, sha256 } from "./decode-source.ts";
import { splitLines } from "./text/index.ts";

const sample = readFileSync(new URL("../../samples/dawukou-2021-03.txt", import.meta.url));

/**
 * Cuts bytes into chunks of the given sizes, in turn (cuts fall inside characters and CRLFs).
 * Each chunk is a view into one buffer, scribbled over once the next chunk is asked for, as the
 * CLI's file reader reuses its buffer: a chunk kept without a copy shows up as garbage.
 */
function chunked(bytes: Uint8Array, sizes: number[]): () => Iterable<Uint8Array> {
  return function* () {
    const buffer = new Uint8Array(Math.max(...sizes, 1));
    let at = 0;
    for (let k = 0; at < bytes.length; k++) {
      const size = Math.min(sizes[k % sizes.length] ?? 1, bytes.length - at);
      buffer.set(bytes.subarray(at, at + size));
      yield buffer.subarray(0, size);
      buffer.fill(0xff);
      at += size;
    }
  };
}

describe("decodeChunks", () => {
  it("gives the same lines and fingerprint as decoding the whole input, however it is cut", () => {
    const whole = decodeSource(sample);
    for (const sizes of [[1], [2, 3], [7, 1, 5], [4096], [1 << 20]]) {
      const got = decodeChunks(chunked(sample, sizes));
      expect(got.lines, String(sizes)).toEqual(splitLines(whole.text ?? ""));
      expect(got.sha256).toBe(sha256(sample));
      expect(got.encoding).toBe("utf-8");
    }
  });

  it("splits CR, LF and CRLF alike, a CRLF cut between chunks included, and drops a UTF-8 BOM", () => {
    const text = "\uFEFF第一行\r\n第二行\r第三行\n\r\n最后一行";
    const bytes = new TextEncoder().encode(text);
    const want = ["第一行", "第二行", "第三行", "", "最后一行"];
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(decodeChunks(chunked(bytes, [cut, bytes.length])).lines, `cut at ${cut}`).toEqual(want);
    }
    expect(decodeChunks(chunked(new TextEncoder().encode("甲\r"), [2])).lines).toEqual(["甲"]);
  });

  it("falls back to whole-input decoding for GB18030 and UTF-16, and keeps decodeText's errors", () => {
    const gb = Uint8Array.from([0xd6, 0xd0, 0xb9, 0xfa, 0x0a, 0xd6, 0xd0, 0xb9, 0xfa]); // 中国\n中国
    expect(decodeChunks(chunked(gb, [3])).text).toBe("中国\n中国");
    expect(decodeChunks(chunked(gb, [3])).encoding).toBe("gb18030");
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x2d, 0x4e, 0xfd, 0x56]); // BOM 中国
    expect(decodeChunks(chunked(utf16, [2])).text).toBe("中国");
    expect(() => decodeChunks(chunked(new Uint8Array(0), [1]), "empty.txt")).toThrow(/empty/u);
    expect(() => decodeChunks(chunked(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]), [4]), "x.pdf")).toThrow(/PDF/u);
  });
});
