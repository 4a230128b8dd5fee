import { describe, expect, it } from "vitest";
import { defaultAliasTable } from "./alias-table.ts";
import { findAll, longFormCandidates } from "./long-forms.ts";

describe("findAll", () => {
  it("finds candidates printed whole, in the candidates' order", () => {
    const found = findAll(["区妇女联合会召开会议", "大武口区残疾人联合会"], new Set(["大武口区残疾人联合会", "区妇女联合会", "区工商联"]));
    expect(found).toEqual(["大武口区残疾人联合会", "区妇女联合会"]);
  });

  it("finds a candidate broken by extraction spaces and indents", () => {
    expect(findAll(["　　大武口区 残疾人\t联合会、区 妇女联合会"], new Set(["大武口区残疾人联合会", "区妇女联合会"]))).toEqual(["大武口区残疾人联合会", "区妇女联合会"]);
  });

  it("never matches across lines", () => {
    expect(findAll(["大武口区残疾人", "联合会"], new Set(["大武口区残疾人联合会"]))).toEqual([]);
  });

  it("takes the longest candidate at a place, and the rest of a line after it", () => {
    // Within one line the match of 区委机构编制委员会办公室 consumes its 机构编制委员会.
    expect(findAll(["区委机构编制委员会办公室"], new Set(["机构编制委员会", "区委机构编制委员会办公室"]))).toEqual(["区委机构编制委员会办公室"]);
    // A later line, searched without the found one, finds the shorter.
    expect(findAll(["区委机构编制委员会办公室", "区委机构编制委员会办公室"], new Set(["机构编制委员会", "区委机构编制委员会办公室"]))).toEqual(["机构编制委员会", "区委机构编制委员会办公室"]);
  });

  it("treats pattern characters in names literally", () => {
    expect(findAll(["a+b(c)局", "ab局"], new Set(["a+b(c)局", "a.b局"]))).toEqual(["a+b(c)局"]);
  });
});

describe("longFormCandidates", () => {
  it("expands abbreviations and the level prefix into the jurisdiction", () => {
    expect(longFormCandidates("区委农办", defaultAliasTable, "大武口区")).toContain("大武口区委农村工作领导小组办公室");
  });
});
