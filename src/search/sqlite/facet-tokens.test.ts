import { describe, expect, it } from "vitest";
import { facetTokens, filterTokens } from "./facet-tokens.ts";

const row = { category: "党政联合发文件", genre: "通知", year: 2021, issue_number: 3, issuers: "中共石嘴山市大武口区委员会\n大武口区人民政府", org_ids: "o12 o7" };

describe("facet tokens", () => {
  it("gives one letters-and-digits token per filter value of a document", () => {
    const tokens = facetTokens(row).split(" ");
    expect(tokens).toHaveLength(9);
    expect(tokens.every((token) => /^[a-z0-9]+$/u.test(token))).toBe(true);
    expect(tokens).toEqual(expect.arrayContaining(["all", "y2021", "n3", "o12", "o7"]));
  });

  it("requires exactly the tokens a document with those values carries", () => {
    const tokens = new Set(facetTokens(row).split(" "));
    const wanted = filterTokens({ category: "党政联合发文件", genre: "通知", year: 2021, issueNumber: 3, issuer: "大武口区人民政府", orgId: 7 });
    expect(wanted.every((token) => tokens.has(token))).toBe(true);
    for (const other of [{ category: "党政联合发文" }, { genre: "决定" }, { issuer: "大武口区" }, { orgId: 1 }, { year: 2020 }]) {
      expect(filterTokens(other).some((token) => tokens.has(token)), JSON.stringify(other)).toBe(false);
    }
  });

  it("leaves out values a document does not have", () => {
    expect(facetTokens({ category: null, genre: null, year: null, issue_number: null, issuers: "", org_ids: "" })).toBe("all");
  });
});
