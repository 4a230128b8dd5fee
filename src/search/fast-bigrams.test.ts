/** The bigram fast path gives exactly what the regex path gives, or declines. */
import { describe, expect, it } from "vitest";
import { fastBigrams } from "./fast-bigrams.ts";
import { fold, runBigrams, textRuns } from "./segmenter.ts";

const clip = (word: string): string => word.slice(0, 64);

function regexBigrams(folded: string): string[] {
  return textRuns(folded).flatMap((run) => (run.cjk ? runBigrams(run.text) : [clip(run.text)]));
}

describe("fastBigrams", () => {
  it("matches the regex path on gazette text and declines what it does not know", () => {
    const texts = ["石大政办发〔2021〕9号", "儿童青少年\n近视 防控，工作方案。", "第 3 期 abc123 x", "近", "a  近 视  b", "“教育”——体育局…"];
    for (const text of texts) {
      const folded = fold(text);
      const out: string[] = [];
      expect(fastBigrams(folded, out, clip)).toBe(true);
      expect(out).toEqual(regexBigrams(folded));
    }
    const kept = ["x"];
    for (const text of ["々", "〇年", "é", "𠀀𠀁", "ｱ", "あい"]) expect(fastBigrams(fold(text), kept, clip)).toBe(false);
    expect(kept).toEqual(["x"]);
  });

  it("agrees with the regex path on random mixtures of awkward characters", () => {
    const alphabet = ["近", "视", "a", "1", " ", "\n", "\u3000", "，", "。", "、", "〔", "〕", "々", "é", "\u0301", "𠀀", "-", "“", "\u200b", "\u00a0", "あ", "x".repeat(70)];
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let k = 0; k < 5000; k++) {
      let text = "";
      for (let i = Math.floor(next() * 10); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)] ?? "";
      const folded = fold(text);
      const out: string[] = [];
      if (fastBigrams(folded, out, clip)) expect(out, JSON.stringify(text)).toEqual(regexBigrams(folded));
    }
  });
});
