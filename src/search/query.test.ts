import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, parseSearchQuery, queryTerms } from "./query.ts";
import { ftsExpression } from "./sqlite/sqlite-search.ts";
import { phraseQuery } from "./postgres/tsvector.ts";

describe("query parsing", () => {
  it("reduces user text to letter/digit tokens", () => {
    expect(queryTerms('近视 "AND" (OR) NEAR \'; DROP')).toEqual([
      { text: "近视", grams: ["近视"], prefixLast: false },
      { text: "and", grams: ["and"], prefixLast: false },
      { text: "or", grams: ["or"], prefixLast: false },
      { text: "near", grams: ["near"], prefixLast: false },
      { text: "drop", grams: ["drop"], prefixLast: false },
    ]);
    expect(queryTerms("9号")).toEqual([{ text: "9号", grams: ["9", "号"], prefixLast: true }]);
  });

  it("quotes every token in FTS5 and tsquery syntax", () => {
    const terms = queryTerms("乡村振兴 and");
    expect(ftsExpression(terms, ["乡村"])).toBe(
      '(grams : "乡村 村振 振兴") AND (grams : "and") AND (({title_tokens body_tokens} : ("乡村")) OR (facets : "all"))',
    );
    expect(phraseQuery(["it's", "a\\b"], true)).toBe("'it''s' <-> 'a\\\\b':*");
  });

  it("rejects empty, overlong and malformed queries", () => {
    for (const q of ["", "  ", "x".repeat(1000), "“”！", "a b c d e f g h i j k l m n"]) {
      expect(() => parseSearchQuery({ q })).toThrow(expect.objectContaining({ code: "bad-request" }));
    }
    expect(() => parseSearchQuery({ q: "近视", limit: 1000 })).toThrow(expect.objectContaining({ code: "bad-request" }));
    expect(() => decodeCursor("not-a-cursor")).toThrow(expect.objectContaining({ code: "bad-request" }));
    expect(decodeCursor(encodeCursor({ offset: 40, before: null }))).toEqual({ offset: 40, before: null });
    expect(decodeCursor(encodeCursor({ offset: 0, before: 77 }))).toEqual({ offset: 0, before: 77 });
  });
});
