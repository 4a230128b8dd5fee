import { describe, expect, it } from "vitest";
import { defaultAliasTable } from "./alias-table.ts";
import { contentKey, editDistanceIsOne, expandAbbreviations, headOf, isSubsequence, orgMatchKey } from "./match-key.ts";

const ctx = { jurisdiction: "大武口区", aliasTable: defaultAliasTable };

describe("orgMatchKey", () => {
  it("folds the jurisdiction and level prefix, but keeps 区委 and a city's 市", () => {
    expect(orgMatchKey("大武口区公安分局", "department", ctx)).toBe("公安分局");
    expect(orgMatchKey("大武口公安分局", "department", ctx)).toBe("公安分局");
    expect(orgMatchKey("区公安分局", "department", ctx)).toBe("公安分局");
    expect(orgMatchKey("市市场监督管理局大武口分局", "department", ctx)).toBe("市市场监督管理局区分局");
    expect(orgMatchKey("区委宣传部", "party", ctx)).toBe("区委宣传部");
  });

  it("gives the printed variants of one bureau one key", () => {
    const keys = ["区住房城乡建设和交通局", "区住房和城乡建设局和交通局", "区住房和城乡建设交通局"].map((n) => orgMatchKey(n, "department", ctx));
    expect(new Set(keys)).toEqual(new Set(["住房城乡建设交通局"]));
    expect(orgMatchKey("区住建局", "department", ctx)).toBe("住房城乡建设局");
    expect(orgMatchKey("区发改局", "department", ctx)).toBe(orgMatchKey("区发展和改革委员会", "department", ctx));
    expect(orgMatchKey("团区委", "other", ctx)).toBe(orgMatchKey("共青团大武口区委", "other", ctx));
    expect(orgMatchKey("区委农办", "party", ctx)).toBe(orgMatchKey("区委农村工作领导小组办公室", "party", ctx));
  });

  it("folds a town's or subdistrict's office suffix, and leaves groups alone", () => {
    expect(orgMatchKey("星海镇人民政府", "town", ctx)).toBe("星海镇");
    expect(orgMatchKey("长胜街道办事处", "subdistrict", ctx)).toBe("长胜街道");
    expect(orgMatchKey("各相关部门（单位）", "group", ctx)).toBe("各相关部门(单位)");
  });
});

describe("key helpers", () => {
  it("does not expand an abbreviation inside its own full form", () => {
    expect(expandAbbreviations("区政府办公室", defaultAliasTable)).toBe("区政府办公室");
    expect(expandAbbreviations("共青团区委", defaultAliasTable)).toBe("共青团区委");
    expect(expandAbbreviations("区工信商务局", defaultAliasTable)).toBe("区工业和信息化商务局");
  });

  it("compares heads, subsequences and one-character slips", () => {
    expect(headOf("市场监督管理区分局")).toBe("分局");
    expect(headOf("机构编制委员会办公室")).toBe("办");
    expect(isSubsequence("教育局", "教育体育局")).toBe(true);
    expect(isSubsequence("教育局", "卫生健康局")).toBe(false);
    expect(editDistanceIsOne("人资源社会保障局", "人力资源社会保障局")).toBe(true);
    expect(editDistanceIsOne("长胜街道", "长兴街道")).toBe(true);
    expect(editDistanceIsOne("长胜街道", "长胜街道")).toBe(false);
    expect(contentKey("区住房和城乡建设局和交通局")).toBe("区住房城乡建设交通局");
  });
});
