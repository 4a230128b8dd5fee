import { describe, expect, it } from "vitest";
import { GongbaoError } from "../../model/errors.ts";
import { decodeText } from "./decode-text.ts";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** GB18030 encoder for tests: TextEncoder only writes UTF-8, so invert the 2-byte table once. */
function gbEncoder(): (s: string) => Uint8Array {
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
  }
  const decoded = new TextDecoder("gb18030").decode(new Uint8Array(pairs));
  expect(decoded.length).toBe(pairs.length / 2);
  const map = new Map<string, [number, number]>();
  for (let i = 0; i < decoded.length; i++) {
    const ch = decoded[i] ?? "";
    if (!map.has(ch)) map.set(ch, [pairs[2 * i] ?? 0, pairs[2 * i + 1] ?? 0]);
  }
  return (s) => {
    const out: number[] = [];
    for (const ch of s) {
      const code = ch.charCodeAt(0);
      if (code < 0x80) out.push(code);
      else {
        const bytes = map.get(ch);
        if (!bytes) throw new Error(`no GB18030 2-byte code for ${ch}`);
        out.push(...bytes);
      }
    }
    return new Uint8Array(out);
  };
}

function errorOf(fn: () => unknown): GongbaoError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GongbaoError) return e;
    throw e;
  }
  throw new Error("expected a GongbaoError");
}

/** Deterministic pseudo-random bytes (xorshift32), so failures reproduce. */
function randomBytes(n: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const GAZETTE = "大武口区人民政府公报\n2021年第3期\t总第45期\n";

describe("decodeText", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(decodeText(utf8(GAZETTE), "a.txt")).toEqual({ text: GAZETTE, encoding: "utf-8", bom: false });
  });

  it("reads UTF-8 with a BOM and strips it", () => {
    const r = decodeText(concat([0xef, 0xbb, 0xbf], utf8(GAZETTE)));
    expect(r).toEqual({ text: GAZETTE, encoding: "utf-8", bom: true });
    expect(r.text.charCodeAt(0)).toBe("大".charCodeAt(0));
  });

  it("reads GB18030 from known byte sequences (中 = D6 D0, 国 = B9 FA)", () => {
    const bytes = new Uint8Array([0xd6, 0xd0, 0xb9, 0xfa, 0x0a, 0xd6, 0xd0, 0xb9, 0xfa]);
    expect(decodeText(bytes)).toEqual({ text: "中国\n中国", encoding: "gb18030", bom: false });
  });

  it("reads a GBK gazette built with a reverse table", () => {
    const encode = gbEncoder();
    const bytes = encode(GAZETTE + "关于印发《实施方案》的通知（大政发〔2021〕20号）\n");
    expect([...bytes.subarray(0, 4)]).toEqual([0xb4, 0xf3, 0xce, 0xe4]); // 大武
    const r = decodeText(bytes, "gbk.txt");
    expect(r.encoding).toBe("gb18030");
    expect(r.bom).toBe(false);
    expect(r.text).toBe(GAZETTE + "关于印发《实施方案》的通知（大政发〔2021〕20号）\n");
  });

  it("reads UTF-16LE and UTF-16BE with a BOM", () => {
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (const ch of "公报 A") {
      const c = ch.charCodeAt(0);
      le.push(c & 0xff, c >> 8);
      be.push(c >> 8, c & 0xff);
    }
    expect(decodeText(new Uint8Array(le))).toEqual({ text: "公报 A", encoding: "utf-16le", bom: true });
    expect(decodeText(new Uint8Array(be))).toEqual({ text: "公报 A", encoding: "utf-16be", bom: true });
  });

  it("reads BOM-less UTF-16LE of mostly ASCII text", () => {
    const s = "Gazette 2021 issue 3, Dawukou district\n";
    const bytes = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) bytes[2 * i] = s.charCodeAt(i);
    expect(decodeText(bytes)).toEqual({ text: s, encoding: "utf-16le", bom: false });
  });

  it("refuses empty and whitespace-only input as empty-input, naming the file", () => {
    const empty = errorOf(() => decodeText(new Uint8Array(0), "issue.txt"));
    expect(empty.code).toBe("empty-input");
    expect(empty.message).toContain("issue.txt");
    expect(empty.location.file).toBe("issue.txt");
    expect(errorOf(() => decodeText(utf8(" \n\t\r\n　\n"), "blank.txt")).code).toBe("empty-input");
    expect(errorOf(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]))).code).toBe("empty-input");
  });

  it("refuses NUL-laden binary data", () => {
    const bytes = concat(utf8("header"), [0, 0, 0, 1, 2, 0, 0xff, 0, 3], utf8("more"), [0, 0, 0x10, 0, 0]);
    const e = errorOf(() => decodeText(bytes, "blob.bin"));
    expect(e.code).toBe("binary-input");
    expect(e.message).toContain("blob.bin");
  });

  it("refuses a PDF with advice to run pdftotext", () => {
    const e = errorOf(() => decodeText(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"), "gazette.pdf"));
    expect(e.code).toBe("binary-input");
    expect(e.message).toBe("gazette.pdf is a PDF: extract its text first, e.g. with pdftotext -layout");
  });

  it("refuses ZIP/DOCX, PNG, JPEG and GIF by magic number", () => {
    const heads: [number[], string][] = [
      [[0x50, 0x4b, 0x03, 0x04, 0x14, 0], "ZIP"],
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "PNG"],
      [[0xff, 0xd8, 0xff, 0xe0], "JPEG"],
      [[...utf8("GIF89a")], "GIF"],
    ];
    for (const [head, what] of heads) {
      const e = errorOf(() => decodeText(concat(head, utf8("rest")), "x"));
      expect(e.code).toBe("binary-input");
      expect(e.message).toContain(what);
    }
  });

  it("refuses random bytes", () => {
    expect(errorOf(() => decodeText(randomBytes(4096))).code).toBe("binary-input");
  });

  it("refuses high bytes that are neither UTF-8 nor GB18030", () => {
    const bytes = concat(utf8("text "), [0x80, 0xff, 0x80, 0xff, 0x41]);
    const e = errorOf(() => decodeText(bytes, "odd.txt"));
    expect(e.code).toBe("unreadable-encoding");
    expect(e.message).toContain("odd.txt");
  });

  it("refuses a GB18030 reading that is not Chinese", () => {
    // Valid 4-byte GB18030 codes for Latin letters with diacritics: decodable but not Chinese.
    const bytes = new Uint8Array([0x81, 0x30, 0x86, 0x30, 0x81, 0x30, 0x86, 0x31, 0x41, 0x81, 0x30, 0x86, 0x32]);
    expect(new TextDecoder("gb18030", { fatal: true }).decode(bytes).length).toBe(4);
    expect(errorOf(() => decodeText(bytes)).code).toBe("unreadable-encoding");
  });

  it("refuses text after a UTF-8 BOM that is not UTF-8", () => {
    expect(errorOf(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xd6, 0xd0, 0xb9, 0xfa]))).code).toBe("unreadable-encoding");
  });

  it("decodes a large UTF-8 input in one native pass", () => {
    const line = "大武口区人民政府关于印发《实施方案》的通知\t区财政局\t2021年7月前\n";
    const bytes = utf8(line.repeat(200_000));
    const t0 = performance.now();
    const r = decodeText(bytes);
    const ms = performance.now() - t0;
    expect(r.text.length).toBe(line.length * 200_000);
    // The whole parse must reach 25 MB/s; decoding alone is far faster, even on a busy machine.
    expect(bytes.length / 1e6 / (ms / 1000)).toBeGreaterThan(25); // MB/s
  });
});
