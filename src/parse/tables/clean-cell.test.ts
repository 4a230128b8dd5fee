import { describe, expect, it } from "vitest";
import { cleanCell, isPageNumberLine, splitCells, trimTrailingEmpty } from "./clean-cell.ts";

describe("cleanCell", () => {
  it("folds extraction spaces next to digits", () => {
    expect(cleanCell("名校长 3 名")).toBe("名校长3名");
    expect(cleanCell("怡心花园 40-4-10")).toBe("怡心花园40-4-10");
    expect(cleanCell("在 2021 年教师节前")).toBe("在2021年教师节前");
    expect(cleanCell("核拨标准的 1.5 倍")).toBe("核拨标准的1.5倍");
  });

  it("keeps the space after a list number and between Latin words", () => {
    expect(cleanCell("1. 完善3岁以下婴幼儿照护服务。")).toBe("1. 完善3岁以下婴幼儿照护服务。");
    expect(cleanCell("学前教育 and 义务教育")).toBe("学前教育 and 义务教育");
  });

  it("closes two-character names padded with a space", () => {
    expect(cleanCell("周 浩")).toBe("周浩");
    expect(cleanCell("田 斌、顾 铭")).toBe("田斌、顾铭");
    expect(cleanCell("区委组织部 刘 勇")).toBe("区委组织部 刘勇");
  });

  it("keeps a space between multi-character tokens and printed punctuation", () => {
    expect(cleanCell("区财政局 王冬梅")).toBe("区财政局 王冬梅");
    expect(cleanCell(" 石嘴山市第八中学九年级(6)班  (现就读石嘴山市光明中学高一(5)班) ")).toBe(
      "石嘴山市第八中学九年级(6)班 (现就读石嘴山市光明中学高一(5)班)",
    );
    expect(cleanCell("半岛官邸15号楼边的湖中,单景福")).toBe("半岛官邸15号楼边的湖中,单景福");
  });

  it("splits tab-separated lines and drops trailing empties", () => {
    expect(splitCells("\t星光村\t 周学斌 \t")).toEqual(["", "星光村", "周学斌", ""]);
    expect(trimTrailingEmpty(["", "a", "", ""])).toEqual(["", "a"]);
  });

  it("recognises printed page numbers only with dashes", () => {
    expect(isPageNumberLine("— 12 —")).toBe(true);
    expect(isPageNumberLine("-3-")).toBe(true);
    expect(isPageNumberLine("12")).toBe(false);
    expect(isPageNumberLine("2021-04-22")).toBe(false);
  });
});

describe("cleanCell at the edges", () => {
  it("trims only what needs it", () => {
    expect(cleanCell("区财政局")).toBe("区财政局");
    expect(cleanCell("\u3000区财政局 ")).toBe("区财政局");
    expect(cleanCell("")).toBe("");
    expect(cleanCell(" ")).toBe("");
  });
});
