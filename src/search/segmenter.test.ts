import { describe, expect, it } from "vitest";
import { addUserWords, charBigrams, textRuns, tokensForIndex } from "./segmenter.ts";

describe("segmenter", () => {
  it("makes overlapping bigrams of CJK runs, single characters of 1-character runs, words as they are", () => {
    expect(charBigrams("近视防控，ＡＢＣ 2021年9号")).toEqual(["近视", "视防", "防控", "abc", "2021", "年", "9", "号"]);
    expect(charBigrams("")).toEqual([]);
    expect(charBigrams("《》“”！")).toEqual([]);
  });

  it("bridges line wraps inside Chinese text but not between words", () => {
    expect(charBigrams("农村\n 现代化")).toEqual(["农村", "村现", "现代", "代化"]);
    expect(textRuns("abc def 近视")).toEqual([
      { text: "abc", cjk: false },
      { text: "def", cjk: false },
      { text: "近视", cjk: true },
    ]);
  });

  it("keeps user-dictionary names whole and drops punctuation from jieba tokens", () => {
    addUserWords(["区农业农村和水务局"]);
    const tokens = tokensForIndex("区农业农村和水务局负责，推进乡村振兴！ＡＢＣ");
    expect(tokens).toContain("区农业农村和水务局");
    expect(tokens).toContain("乡村振兴");
    expect(tokens).toContain("abc");
    expect(tokens.every((t) => /^[\p{L}\p{N}\p{M}]+$/u.test(t))).toBe(true);
  });
});
