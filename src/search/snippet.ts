/** Snippets: a window of the body around the first hit, HTML-escaped, hits in <mark>. */
import { isSpace } from "../model/spaces.ts";
import { fold, isCjkGap } from "./segmenter.ts";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => ESCAPES[ch] ?? ch);
}

/** fold() of single characters already seen: NFKC per character was most of a snippet's time. */
const foldedChars = new Map<string, string>();
const MAX_CACHED_CHARS = 1 << 16;

function foldChar(ch: string): string {
  let f = foldedChars.get(ch);
  if (f === undefined) {
    f = fold(ch);
    if (foldedChars.size < MAX_CACHED_CHARS) foldedChars.set(ch, f);
  }
  return f;
}

/** Folded text (CJK line wraps removed) with, for each folded UTF-16 unit, the original range it came from. */
function foldWithMap(text: string): { folded: string; starts: number[]; ends: number[] } {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let at = 0; at < text.length; ) {
    const code = text.charCodeAt(at);
    const width = code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? 2 : 1;
    let f: string;
    // Fast path for what fold() leaves alone or only lower-cases — non-space ASCII and the
    // unified ideographs — since folding char by char made snippets a quarter of a search.
    if (code < 0x80 && !isSpace(code)) f = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[at] ?? "";
    else if (code >= 0x4e00 && code <= 0x9fff) f = text[at] ?? "";
    // Search bridges line wraps inside Chinese text, so marking must too.
    else if (isSpace(code) && isCjkGap(text, at)) f = "";
    else f = foldChar(text.slice(at, at + width));
    for (let i = 0; i < f.length; i++) {
      starts.push(at);
      ends.push(at + width);
    }
    parts.push(f);
    at += width;
  }
  return { folded: parts.join(""), starts, ends };
}

/** Original-text ranges of every occurrence of the needles, sorted and merged. */
export function findHits(text: string, needles: string[]): Array<[number, number]> {
  const { folded, starts, ends } = foldWithMap(text);
  const ranges: Array<[number, number]> = [];
  for (const needle of new Set(needles.map(fold).filter((n) => n !== ""))) {
    for (let i = folded.indexOf(needle); i >= 0; i = folded.indexOf(needle, i + needle.length)) {
      ranges.push([starts[i] ?? 0, ends[i + needle.length - 1] ?? text.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}

function tidy(text: string): string {
  return escapeHtml(text.replace(/\s+/gu, " "));
}

/** A window of `width` characters around the first hit, escaped, with every hit marked. */
export function makeSnippet(text: string, needles: string[], width = 120): string {
  const hits = findHits(text, needles);
  const first = hits[0];
  const lead = Math.floor(width / 3);
  let start = first ? Math.max(0, first[0] - lead) : 0;
  let end = Math.min(text.length, start + width);
  if (first && first[1] > end) end = Math.min(text.length, first[1]);
  // never cut a surrogate pair or a hit in half
  if (start > 0 && isLowSurrogate(text, start)) start--;
  if (isLowSurrogate(text, end)) end++;
  for (const [a, b] of hits) if (a < end && b > end) end = b;
  let out = start > 0 ? "…" : "";
  let at = start;
  for (const [a, b] of hits) {
    if (b <= start || a >= end) continue;
    const from = Math.max(a, start);
    out += `${tidy(text.slice(at, from))}<mark>${tidy(text.slice(from, b))}</mark>`;
    at = b;
  }
  out += tidy(text.slice(at, end));
  if (end < text.length) out += "…";
  return out.trim();
}
