import { describe, expect, it } from "vitest";
import { INLINE_BLOCK } from "../text/index.ts";
import { OrgRegistry } from "../orgs/index.ts";
import { dropFinalStop, readOrgDuty, takeInlineBlock, yearOptions } from "./tasks.ts";

/** The regex form takeInlineBlock reads by hand. */
function byRegex(text: string): { rest: string; block: string | null } {
  const m = INLINE_BLOCK.exec(text);
  if (!m) return { rest: text, block: null };
  return { rest: text.slice(0, m.index).trim(), block: text.slice(m.index + 1).replace(/[）)]\s*[。.]?\s*$/u, "") };
}

describe("takeInlineBlock", () => {
  const texts = [
    "加强监管。（责任单位：区市场监管局）",
    "加强监管。（责任单位：区市场监管局）。",
    "加强监管 (责任单位: 区市场监管局) . ",
    "加强监管（责任单位：区市场监管局；完成时限：2021年底）",
    "加强监管（责任单位：区市场监管局",
    "加强监管（责任单位：区市场监管局）。。",
    "加强监管（责任单位：区市场监管局）x",
    "加强监管（责任单位：）",
    "加强监管（责任单位：",
    "加强监管（责任单位：区财政局（代））",
    "没有单位的段落（一）",
  ];

  it("takes off the block as the regexes would", () => {
    for (const text of texts) expect(takeInlineBlock(text), text).toEqual(byRegex(text));
  });
});

describe("dropFinalStop", () => {
  it("drops one closing stop", () => {
    expect(dropFinalStop("2021年底。")).toBe("2021年底");
    expect(dropFinalStop("2021.")).toBe("2021");
    expect(dropFinalStop("年底。。")).toBe("年底。");
    expect(dropFinalStop("")).toBe("");
  });
});

describe("readOrgDuty", () => {
  it("reads an organisation opening a duty paragraph", () => {
    expect(readOrgDuty("区财政局：负责资金保障。")).toEqual({ org: "区财政局", duty: "负责资金保障。" });
    expect(readOrgDuty("区财政局负责：资金保障。")).toEqual({ org: "区财政局", duty: "资金保障。" });
  });

  it("leaves unit blocks, collective names and colon-free text alone", () => {
    expect(readOrgDuty("责任单位：区财政局")).toBeNull();
    expect(readOrgDuty("各部门：认真落实。")).toBeNull();
    expect(readOrgDuty("区财政局负责资金保障。")).toBeNull();
  });
});

describe("yearOptions", () => {
  it("carries the issue's year, or nothing", () => {
    const ctx = { lines: [], year: 2021, registry: new OrgRegistry(), warnings: [], refs: new Map() };
    expect(yearOptions(ctx)).toEqual({ year: 2021 });
    expect(yearOptions({ ...ctx, year: undefined })).toEqual({});
  });
});
