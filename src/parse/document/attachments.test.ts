import { describe, expect, it } from "vitest";
import { firstWord } from "./attachments.ts";

describe("firstWord", () => {
  it("keeps the text up to the first space of any kind", () => {
    expect(firstWord("区农水局 陆占斌")).toBe("区农水局");
    expect(firstWord("区农水局\u3000陆占斌 王五")).toBe("区农水局");
    expect(firstWord("区农水局\t陆占斌")).toBe("区农水局");
  });

  it("returns the whole text without a space, and nothing before a leading one", () => {
    expect(firstWord("区财政局")).toBe("区财政局");
    expect(firstWord(" 区财政局")).toBe("");
    expect(firstWord("")).toBe("");
  });
});
