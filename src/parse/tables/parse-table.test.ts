import { describe, expect, it } from "vitest";
import { carryDown, isDescriptionColumn } from "./carry-down.ts";
import { findTables } from "./find-tables.ts";
import { parseTable } from "./parse-table.ts";
import type { SourceLine } from "./source-line.ts";

const numbered = (texts: string[], from = 1): SourceLine[] => texts.map((text, i) => ({ line: from + i, text }));

describe("parseTable", () => {
  it("carries grouping columns down and keeps real blanks", () => {
    const t = parseTable(
      numbered([
        "地区\t单位\t负责人",
        "甲镇\t一村\t张三丰",
        "\t二村\t李四光",
        "乙镇\t\t王五郎",
        "\t\t赵六娘",
      ]),
    );
    expect(t.columns).toEqual(["地区", "单位", "负责人"]);
    expect(t.rows).toEqual([
      ["甲镇", "一村", "张三丰"],
      ["甲镇", "二村", "李四光"],
      ["乙镇", "", "王五郎"],
      ["乙镇", "", "赵六娘"],
    ]);
    expect(t.rowLines).toEqual([2, 3, 4, 5]);
    expect(t.span).toEqual({ startLine: 1, endLine: 5 });
  });

  it("drops a header repeated after a page break and skips blank and page-number lines", () => {
    const t = parseTable(
      numbered(["项目\t内容\t单位", "一\t修路\t区交通局", "", "— 2 —", "", "项目\t内容\t单位", "\t建桥\t区住建局"], 10),
    );
    expect(t.rows).toEqual([
      ["一", "修路", "区交通局"],
      ["一", "建桥", "区住建局"],
    ]);
    expect(t.rowLines).toEqual([11, 16]);
    expect(t.span).toEqual({ startLine: 10, endLine: 16 });
  });

  it("right-aligns a short row whose merged leading cells were dropped", () => {
    const t = parseTable(
      numbered(["序号\t类别\t内容\t日期", "1\t教育\t新建幼儿园两所\t2021.07.01", "新建小学一所，扩建中学一所\t2021.09.01"]),
    );
    expect(t.rows[1]).toEqual(["1", "教育", "新建小学一所，扩建中学一所", "2021.09.01"]);
  });

  it("left-aligns a short row that lost its trailing empty cells", () => {
    const t = parseTable(numbered(["序号\t姓名\t出生日期\t备注", "1\t张三\t1980.01.02\t见义勇为", "2\t李四\t1990.03.04"]));
    expect(t.rows[1]).toEqual(["2", "李四", "1990.03.04", "见义勇为"]);
  });

  it("folds surplus cells into the last column", () => {
    const t = parseTable(numbered(["甲\t乙", "1\t2\t3\t"]));
    expect(t.rows).toEqual([["1", "2 3"]]);
  });

  it("returns an empty table for no lines", () => {
    expect(parseTable([])).toEqual({ columns: [], rows: [] });
    expect(parseTable(numbered(["", "  "]))).toEqual({ columns: [], rows: [] });
  });
});

describe("carryDown", () => {
  it("carries a long description over the blanks below it, even across groups", () => {
    const note = "这一段说明文字足够长，是多行共用的合并单元格内容。";
    const rows = [
      ["甲", "a", note],
      ["", "b", ""],
      ["乙", "c", ""],
    ];
    carryDown(["组", "项", "附注"], rows);
    expect(rows.map((r) => r[2])).toEqual([note, note, note]);
    expect(rows.map((r) => r[0])).toEqual(["甲", "甲", "乙"]);
  });

  it("judges description columns by header hint or length", () => {
    expect(isDescriptionColumn("备注", [[""], ["x"]], 0)).toBe(true);
    expect(isDescriptionColumn("行政村", [["祥河村"], [""]], 0)).toBe(false);
    expect(isDescriptionColumn("X", [["a", "一二三四五六七八九十一二三四五六七八九十"], ["b", ""]], 1)).toBe(true);
  });
});

describe("findTables", () => {
  it("finds runs of tabbed lines across blank lines and page numbers", () => {
    const lines = numbered([
      "正文",
      "a\tb",
      "1\t2",
      "",
      "— 3 —",
      "",
      "a\tb",
      "3\t4",
      "",
      "附件2",
      "只有一行\t表格",
      "正文继续",
      "x\ty",
      "5\t6",
    ]);
    expect(findTables(lines)).toEqual([
      { start: 1, end: 8 },
      { start: 12, end: 14 },
    ]);
  });

  it("finds nothing in prose", () => {
    expect(findTables(numbered(["一、总体要求", "", "（一）指导思想"]))).toEqual([]);
  });
});
