import { describe, expect, it } from "vitest";
import type { SearchResult } from "../../search/index.ts";
import { searchPage } from "./search-view.ts";

const result = (exact: boolean, estimatedTotal = exact ? 12 : 79_468): SearchResult => ({
  hits: [], total: exact ? 12 : 3_000, totalIsExact: exact, estimatedTotal, facetsAreExact: exact, nextCursor: null,
  facets: { category: { 通知公告: exact ? 12 : 6_000 }, genre: {}, year: {} },
});

describe("search page", () => {
  it("shows an exact total and plain facet counts when every match was counted", () => {
    const page = String(searchPage({ q: "近视" }, result(true)));
    expect(page).toContain("共找到 12 份文件");
    expect(page).toContain("（12）");
    expect(page).not.toContain("约");
  });

  it("shows an estimated total and approximate facets when only the newest block was counted", () => {
    const page = String(searchPage({ q: "近视" }, result(false)));
    expect(page).toContain("找到约 7.9 万 份文件");
    expect(page).toContain("只针对最新的 3000 份");
    expect(page).toContain("（约 6000）");
    expect(page).not.toContain("共找到");
    expect(String(searchPage({ q: "近视" }, result(false, 4_249)))).toContain("找到约 4,200 份文件");
  });
});
