/**
 * App-side segmentation for search. SQLite's tokenizers cannot split Chinese into words and
 * Debian's PostgreSQL has no Chinese parser, so both stores index tokens made here: jieba words
 * (for ranking) and overlapping character bigrams (for exact-substring recall).
 */
import { readFileSync } from "node:fs";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { isSpace } from "../model/spaces.ts";
import { fastBigrams } from "./fast-bigrams.ts";

/** Characters written without spaces between words; they are indexed as bigrams. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;
/** Longer "words" are noise (base64, hashes); PostgreSQL also rejects lexemes over 2 KB. */
const MAX_WORD = 64;
/** jieba prefers a word whose frequency beats the split; this is well above common words. */
const USER_WORD_FREQ = 100000;

let jieba: Jieba | null = null;
const userWords = new Set<string>();

function policyTerms(): string[] {
  const text = readFileSync(new URL("./policy-terms.txt", import.meta.url), "utf8");
  return text.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}

function loadWords(instance: Jieba, words: Iterable<string>): void {
  const lines: string[] = [];
  for (const raw of words) {
    const word = fold(raw).replace(/\s+/gu, "");
    if (word.length < 2 || userWords.has(word)) continue;
    userWords.add(word);
    lines.push(`${word} ${USER_WORD_FREQ} n`);
  }
  if (lines.length > 0) instance.loadDict(Buffer.from(`${lines.join("\n")}\n`, "utf8"));
}

/** The shared jieba instance, created on first use with the curated policy terms loaded. */
export function segmenter(): Jieba {
  if (!jieba) {
    const instance = Jieba.withDict(dict);
    loadWords(instance, policyTerms());
    jieba = instance;
  }
  return jieba;
}

/** Teaches the segmenter organisation names and policy terms so they survive as whole words. */
export function addUserWords(words: Iterable<string>): void {
  loadWords(segmenter(), words);
}

/** NFKC-folds and lower-cases text, so full-width forms and case never decide a match. */
export function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

function clip(word: string): string {
  return word.length > MAX_WORD ? word.slice(0, MAX_WORD) : word;
}

/**
 * True for a token made only of common CJK ideographs, lower-case ASCII letters and digits:
 * nearly every jieba token, and all of it word characters. A char-code loop decides this in a
 * fraction of the time a Unicode-property regex takes; anything else goes through the regex.
 */
function plainWord(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (!((c >= 0x4e00 && c <= 0x9fef) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

function wordTokens(tokens: string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    if (token.length <= MAX_WORD && plainWord(token)) out.push(token);
    else for (const part of token.match(WORD_RUN) ?? []) out.push(clip(part));
  }
  return out;
}

/** jieba search-mode words of a text: folded, punctuation dropped, for the ranking columns. */
export function tokensForIndex(text: string): string[] {
  return wordTokens(segmenter().cutForSearch(fold(text), true));
}

/**
 * jieba's words of a query, cleaned like {@link tokensForIndex}. Plain cut, not search mode: each
 * word is also a search-mode token of the same text, and the overlapping pieces search mode adds
 * (青少, 少年 in 青少年) would only make ranking slower without telling documents apart.
 */
export function queryWords(text: string): string[] {
  return wordTokens(segmenter().cut(fold(text), true));
}

/** A piece of folded text: a run of unspaced (CJK) characters or a spaced-script word. */
export interface TextRun {
  text: string;
  cjk: boolean;
}

/** True for whitespace lying between two CJK characters: a line wrap or justification space, not a word break. */
export function isCjkGap(text: string, at: number): boolean {
  if (!isSpace(text.charCodeAt(at))) return false;
  let before = at - 1;
  while (before >= 0 && isSpace(text.charCodeAt(before))) before--;
  let after = at + 1;
  while (after < text.length && isSpace(text.charCodeAt(after))) after++;
  return UNSPACED.test(text[before] ?? "") && UNSPACED.test(text[after] ?? "");
}

/** A word character (letter, digit, mark) written without spaces. */
const CJK_WORD = "(?:(?=[\\p{L}\\p{N}\\p{M}])[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}])";
/** A CJK run (whitespace allowed between its characters) or a run of other word characters. */
const RUN = new RegExp(`(?<cjk>${CJK_WORD}+(?:\\s+${CJK_WORD}+)*)|(?:(?!${CJK_WORD})[\\p{L}\\p{N}\\p{M}])+`, "gu");

/**
 * Splits folded text into CJK runs and words; punctuation and spaces end a run, except
 * whitespace between CJK characters, because gazette text wraps lines in the middle of words.
 */
export function textRuns(folded: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const match of folded.matchAll(RUN)) {
    const cjk = match.groups?.["cjk"];
    if (cjk !== undefined) runs.push({ text: /\s/u.test(cjk) ? cjk.replace(/\s+/gu, "") : cjk, cjk: true });
    else runs.push({ text: match[0], cjk: false });
  }
  return runs;
}

/** Overlapping bigrams of a CJK run; a 1-character run stays a single character. */
export function runBigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length < 2) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(`${chars[i] ?? ""}${chars[i + 1] ?? ""}`);
  return grams;
}

/** Recall tokens: bigrams of each CJK run, single characters for 1-character runs, words as they are. */
export function charBigrams(text: string): string[] {
  const out: string[] = [];
  const folded = fold(text);
  if (fastBigrams(folded, out, clip)) return out;
  for (const run of textRuns(folded)) {
    if (run.cjk) out.push(...runBigrams(run.text));
    else out.push(clip(run.text));
  }
  return out;
}
