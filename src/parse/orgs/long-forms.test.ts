import { describe, expect, it } from "vitest";
import { defaultAliasTable } from "./alias-table.ts";
import { findAll, longFormCandidates, triePattern } from "./long-forms.ts";

/** findAll as first written: lines stripped of spaces, one longest-first alternation of what is left. */
function reference(texts: readonly string[], candidates: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const pattern = (): RegExp | null => {
    const left = [...candidates].filter((c) => !found.has(c)).sort((a, b) => b.length - a.length);
    return left.length === 0 ? null : new RegExp(left.map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|"), "gu");
  };
  let re = pattern();
  for (const raw of texts) {
    if (re === null) break;
    const text = raw.replace(/\s+/gu, "");
    let changed = false;
    for (const m of text.matchAll(re)) {
      if (found.has(m[0])) continue;
      found.add(m[0]);
      changed = true;
    }
    if (changed) re = pattern();
  }
  return [...candidates].filter((c) => found.has(c));
}

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

describe("triePattern", () => {
  it("matches the longest candidate at the leftmost place", () => {
    const re = new RegExp(triePattern(["区委", "区委办", "区委办公室", "委办"]), "gu");
    expect([..."区委办公室；区委办；区委会；委办".matchAll(re)].map((m) => m[0])).toEqual(["区委办公室", "区委办", "区委", "委办"]);
  });

  it("finds what the stripped alternation finds, line after line", () => {
    const candidates = new Set(["区委", "区委办", "区委办公室", "委办", "办公室", "区委农办", "农办", "区农业农村局"]);
    const lines = ["区委 办公室召开会议", "区委农办、区委办", "区 农业 农村局和委办", "办公室", "区委", "区委农", "办公室主任区委办公"];
    for (let n = 0; n <= lines.length; n++) {
      const texts = lines.slice(n).concat(lines.slice(0, n));
      expect(findAll(texts, candidates), texts.join("|")).toEqual(reference(texts, candidates));
    }
  });
});

describe("longFormCandidates", () => {
  it("expands abbreviations and the level prefix into the jurisdiction", () => {
    expect(longFormCandidates("区委农办", defaultAliasTable, "大武口区")).toContain("大武口区委农村工作领导小组办公室");
  });
});
