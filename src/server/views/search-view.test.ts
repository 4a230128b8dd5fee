import { describe, expect, it } from "vitest";
import type { SearchResult } from "../../search/index.ts";
import { searchPage } from "./search-view.ts";

const result = (exact: boolean): SearchResult => ({
  hits: [], total: exact ? 12 : 10_000, totalIsExact: exact, facetsAreExact: exact, nextCursor: null,
  facets: { category: { 通知公告: exact ? 12 : 6_000 }, genre: {}, year: {} },
});

describe("search page", () => {
  it("shows an exact total and plain facet counts when every match was counted", () => {
    const page = String(searchPage({ q: "近视" }, result(true)));
    expect(page).toContain("共找到 12 份文件");
    expect(page).toContain("（12）");
    expect(page).not.toContain("约");
  });

  it("shows 1万+ and approximate facets when only the newest block was counted", () => {
    const page = String(searchPage({ q: "近视" }, result(false)));
    expect(page).toContain("找到 1万+ 条结果");
    expect(page).toContain("（约 6000）");
    expect(page).not.toContain("共找到");
  });
});
