import { describe, expect, it } from "vitest";
import { findHits, makeSnippet } from "./snippet.ts";

describe("snippets", () => {
  it("escapes everything and marks every occurrence", () => {
    const snippet = makeSnippet("<b>近视</b> & 近视防控 'x'", ["近视"]);
    expect(snippet).toBe("&lt;b&gt;<mark>近视</mark>&lt;/b&gt; &amp; <mark>近视</mark>防控 &#39;x&#39;");
  });

  it("centres the window on the first hit", () => {
    const text = `${"甲".repeat(300)}近视${"乙".repeat(300)}`;
    const snippet = makeSnippet(text, ["近视"], 60);
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet).toContain("<mark>近视</mark>");
  });

  it("matches folded text and Chinese line wraps in the original", () => {
    expect(findHits("ＡＢＣ 农村\n现代化", ["abc", "农村现代化"])).toEqual([[0, 3], [4, 10]]);
    expect(makeSnippet("农村\n现代化", ["农村现代化"])).toBe("<mark>农村 现代化</mark>");
  });

  it("starts at the beginning when nothing matches", () => {
    expect(makeSnippet("正文", ["无关"])).toBe("正文");
  });
});
