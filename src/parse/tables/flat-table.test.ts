import { describe, expect, it } from "vitest";
import { columnWord, detectFlatHeader } from "./detect-flat-header.ts";
import { parseFlatTable } from "./parse-flat-table.ts";
import type { SourceLine } from "./source-line.ts";

const numbered = (texts: string[], from = 1): SourceLine[] => texts.map((text, i) => ({ line: from + i, text }));

const HEADER = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"];

const flat = numbered([
  "附件",
  "",
  "重点任务分工表",
  "",
  "序 号",
  "工作任务",
  "牵头单位",
  "配合单位",
  "完成时限",
  "1",
  "完善3岁以下婴幼儿照护服务，",
  "建成2个早教中心。",
  "区卫生健康局",
  "区妇联、区财政局",
  "2021年底前",
  "2",
  "新建 2 所公办幼儿园。",
  "区教育体育局",
  "区财政局",
  "2021年7月前",
  "",
  "— 5 —",
  "",
  "序号",
  "工作任务",
  "牵头单位",
  "配合单位",
  "完成时限",
  "3",
  "认定示范园10所。",
  "区教育体育局",
  "",
  "长期坚持",
]);

describe("detectFlatHeader", () => {
  it("finds a run of column words and stops before the first cell", () => {
    expect(detectFlatHeader(flat)).toEqual({ header: HEADER, start: 4, end: 9 });
  });

  it("allows blank lines between the header cells", () => {
    const spaced = numbered(["", "序号", "", "重点任务", "", "责任单位", "", "时间节点", "", "1"]);
    expect(detectFlatHeader(spaced)).toEqual({ header: ["序号", "重点任务", "责任单位", "时间节点"], start: 1, end: 8 });
  });

  it("needs three column words in a row", () => {
    expect(detectFlatHeader(numbered(["牵头单位", "配合单位", "区财政局"]))).toBeNull();
    expect(detectFlatHeader(numbered(["一、总体要求", "（一）指导思想", "坚持以人民为中心"]))).toBeNull();
  });

  it("accepts short words with a column suffix and rejects long lines", () => {
    expect(columnWord("牵头责任单位")).toBe("牵头责任单位");
    expect(columnWord("进度 安排")).toBe("进度安排");
    expect(columnWord("区教育体育局负责的各项工作任务")).toBeNull();
  });
});

describe("parseFlatTable", () => {
  it("regroups serial-numbered rows, drops repeated headers and joins wrapped cells", () => {
    const t = parseFlatTable(flat.slice(4), HEADER);
    expect(t.columns).toEqual(HEADER);
    expect(t.rows).toEqual([
      ["1", "完善3岁以下婴幼儿照护服务，建成2个早教中心。", "区卫生健康局", "区妇联、区财政局", "2021年底前"],
      ["2", "新建2所公办幼儿园。", "区教育体育局", "区财政局", "2021年7月前"],
      ["3", "认定示范园10所。", "区教育体育局", "长期坚持", ""],
    ]);
    expect(t.rowLines).toEqual([10, 16, 29]);
    expect(t.span).toEqual({ startLine: 5, endLine: 33 });
  });

  it("does not split a row at a number that is not the next serial", () => {
    const t = parseFlatTable(numbered(["1", "培训教师", "100", "区教育局", "2", "建设基地", "3", "区人社局"]), ["序号", "工作任务", "数量", "责任单位"]);
    expect(t.rows).toEqual([
      ["1", "培训教师", "100", "区教育局"],
      ["2", "建设基地", "3", "区人社局"],
    ]);
    const u = parseFlatTable(numbered(["1", "培训教师", "2", "区教育局", "2", "建设基地", "3", "区人社局"]), ["序号", "工作任务", "数量", "责任单位"]);
    expect(u.rows).toEqual([
      ["1", "培训教师", "2", "区教育局"],
      ["2", "建设基地", "3", "区人社局"],
    ]);
    expect(u.rowLines).toEqual([1, 5]);
  });

  it("groups every N cells when there is no serial column", () => {
    const header = ["重点任务", "责任单位", "完成时限"];
    const t = parseFlatTable(
      numbered(["重点任务", "责任单位", "完成时限", "修路", "区交通局", "6月底", "", "重点任务", "责任单位", "完成时限", "建桥", "区住建局", "年底"]),
      header,
    );
    expect(t.rows).toEqual([
      ["修路", "区交通局", "6月底"],
      ["建桥", "区住建局", "年底"],
    ]);
    expect(t.rowLines).toEqual([4, 11]);
  });
});
