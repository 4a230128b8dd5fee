import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { endsWithHead, opensWithLevel, splitUnitList } from "./split-unit-list.ts";
import type { Org } from "../../model/issue.ts";

const sample = readFileSync(new URL("../../../samples/dawukou-2021-03.txt", import.meta.url), "utf8").split("\n");
const gold = JSON.parse(readFileSync(new URL("../../../samples/gold/dawukou-2021-03.json", import.meta.url), "utf8")) as { orgs: Org[] };
const goldSpellings = new Set(gold.orgs.flatMap((o) => [o.name, ...o.aliases]));
/** Lines whose list runs on past a page break; the caller joins those before splitting. */
const BROKEN = new Set([154, 186, 198, 393, 407, 497, 583, 601, 701, 710, 721, 728, 740, 755, 764, 1208]);

describe("splitUnitList over every unit list of the sample", () => {
  it("yields only spellings the gold knows", () => {
    const unknown: string[] = [];
    sample.forEach((line, i) => {
      const at = line.search(/(?:责任|牵头|配合)单位[:：]/u);
      if (at < 0 || BROKEN.has(i + 1)) return;
      // The inline form keeps its opening bracket so the splitter sees （责任单位：…）.
      const list = line.slice(/[（(]$/u.test(line.slice(0, at)) ? at - 1 : at);
      for (const name of splitUnitList(list)) if (!goldSpellings.has(name)) unknown.push(`${i + 1}: ${name}`);
    });
    expect(unknown).toEqual([]);
  });

  it("splits the plan table's 牵头单位 and 配合单位 cells", () => {
    const rows = sample.slice(855, 884).filter((line) => line.includes("\t") && !line.startsWith("总项目名称"));
    const cells = rows.flatMap((line) => line.split("\t").slice(4, 6));
    const names = cells.flatMap((c) => splitUnitList(c));
    expect(names.length).toBeGreaterThan(60);
    expect(names.filter((n) => !goldSpellings.has(n))).toEqual([]);
  });
});

describe("splitUnitList on the sample's lists", () => {
  it("splits on 、 and ， and strips the bold role label (line 387)", () => {
    expect(
      splitUnitList("**(责任单位:**区教育体育局、区民政局、区农业农村和水务局、区人力资源和社会保障局、区卫生健康局、区医疗保障局,星海镇)"),
    ).toEqual(["区教育体育局", "区民政局", "区农业农村和水务局", "区人力资源和社会保障局", "区卫生健康局", "区医疗保障局", "星海镇"]);
  });

  it("never splits 和 inside a bureau's name", () => {
    expect(splitUnitList("区住房城乡建设和交通局、区工业和信息化和商务局、区文化旅游和广电局")).toEqual([
      "区住房城乡建设和交通局",
      "区工业和信息化和商务局",
      "区文化旅游和广电局",
    ]);
    // 局和 typos whose right side opens with no level prefix stay one name (lines 856, 1262).
    expect(splitUnitList("区住房和城乡建设局和交通局、区教育体育局")).toEqual(["区住房和城乡建设局和交通局", "区教育体育局"]);
    expect(splitUnitList("住房和城乡建设局、农业农村局和水务局、卫生健康局")).toEqual(["住房和城乡建设局", "农业农村局和水务局", "卫生健康局"]);
  });

  it("keeps typos as printed (line 583 joined across the page break)", () => {
    expect(splitUnitList("区发展和改革委员会、区财政局、区人资源和社会保障局")).toEqual(["区发展和改革委员会", "区财政局", "区人资源和社会保障局"]);
  });

  it("strips a trailing 等相关部门（单位） after a name, also with 門 and half-width brackets (lines 1218, 1230)", () => {
    expect(splitUnitList("大武口区税务局、妇联、残联等相关部门（单位），星海镇、各街道办事处")).toEqual([
      "大武口区税务局",
      "妇联",
      "残联",
      "星海镇",
      "各街道办事处",
    ]);
    expect(splitUnitList("大武口区税务局、妇联、残联等相关部門(单位)")).toEqual(["大武口区税务局", "妇联", "残联"]);
  });

  it("keeps a stand-alone 各相关部门(单位) with full-width brackets (line 1252)", () => {
    expect(splitUnitList("各相关部门(单位),星海镇、各街道办事处")).toEqual(["各相关部门（单位）", "星海镇", "各街道办事处"]);
  });

  it("drops the empty item after a stray trailing 、 and the extraction spaces", () => {
    expect(splitUnitList(" 区发展和改革委员会、区财政局、区教育体育局、区民族宗教事务局、")).toEqual([
      "区发展和改革委员会",
      "区财政局",
      "区教育体育局",
      "区民族宗教事务局",
    ]);
    expect(splitUnitList("区人力资源和社会保障局、市市场监督管理局大武口区分 局")).toEqual(["区人力资源和社会保障局", "市市场监督管理局大武口区分局"]);
  });

  it("reads a role label and a closing bracket-free list (line 1244)", () => {
    expect(splitUnitList("责任单位: 公安分局、税务局、市场监管分局")).toEqual(["公安分局", "税务局", "市场监管分局"]);
  });
});

describe("splitUnitList on other districts' lists", () => {
  it("splits 和 between two prefixed bodies", () => {
    expect(splitUnitList("县发改局和县财政局")).toEqual(["县发改局", "县财政局"]);
    expect(splitUnitList("区财政局和区教育体育局")).toEqual(["区财政局", "区教育体育局"]);
  });

  it("keeps brackets inside a group mention", () => {
    expect(splitUnitList("各乡（镇）人民政府")).toEqual(["各乡（镇）人民政府"]);
    expect(splitUnitList("各乡(镇)人民政府、县民政局")).toEqual(["各乡（镇）人民政府", "县民政局"]);
  });

  it("splits 及 before a group", () => {
    expect(splitUnitList("市委宣传部、市文明办及各县（区）")).toEqual(["市委宣传部", "市文明办", "各县（区）"]);
  });

  it("strips 等部门 and a closing 。", () => {
    expect(splitUnitList("县财政局、县审计局等部门。")).toEqual(["县财政局", "县审计局"]);
  });

  it("returns nothing for an empty list", () => {
    expect(splitUnitList(" 、 ")).toEqual([]);
  });
});

describe("endsWithHead and opensWithLevel", () => {
  const ENDS_WITH_HEAD = /(?:局|委|部|办|室|院|会|队|处|所|站|中心|政府|街道|镇|乡|联|团|厅|社|公司|（[^）]*）)$/u;
  const STARTS_WITH_LEVEL = /^(?:区|县|市|省|州|盟|旗|镇|乡|各|中共|共青团|自治区)/u;
  const texts = ["区财政局", "区农业农村", "服务中心", "心", "区政府", "府", "长胜街道", "某某公司", "各县（区）", "各县（区", "区）", "（）", "县（区）局）", "（a（b）", "",
    "中共区委", "中", "共青团区委", "共青", "自治区", "自治", "乡镇", "各部门", "大武口区"];

  it("tell what the patterns tell of every range of a text", () => {
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) {
        for (let end = from; end <= text.length; end++) {
          const slice = text.slice(from, end);
          expect(endsWithHead(text, from, end), `${slice} ends`).toBe(ENDS_WITH_HEAD.test(slice));
          expect(opensWithLevel(text, from, end), `${slice} opens`).toBe(STARTS_WITH_LEVEL.test(slice));
        }
      }
    }
  });
});

describe("splitUnitList into a list", () => {
  it("appends the names to the list given", () => {
    const names = ["区委办"];
    expect(splitUnitList("责任单位：区财政局、区民政局", names)).toBe(names);
    expect(names).toEqual(["区委办", "区财政局", "区民政局"]);
  });
});
