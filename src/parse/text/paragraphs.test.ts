/** Structure starts found through the first-character tables, and unit lists joined across a break. */
import { describe, expect, it } from "vitest";
import { buildParagraphs, startsStructure } from "./paragraphs.ts";

describe("startsStructure", () => {
  it("tries each line against the patterns its first character can open", () => {
    for (const line of ["责任单位：区民政局", "完成时限: 2021年底", "2021年3月5日", "二〇二一年三月五日", "3月5日，召开会议", "附件", "附 件2", "同日，会议召开", "（此件公开发布）", "——摘自", "【要闻】"]) {
      expect(startsStructure(line), line).toBe(true);
    }
    for (const line of ["责任到人，落实到位", "2021年全区完成", "附近村庄整治，", "同时推进改造，", "（镇）以及街道，", "—", ""]) {
      expect(startsStructure(line), line).toBe(false);
    }
  });
});

describe("buildParagraphs", () => {
  it("joins a unit list whose last item a page break cut, and keeps a finished one apart", () => {
    const cut = buildParagraphs(["责任单位：区民政局、区财", "政局"]);
    expect(cut.map((p) => p.text)).toEqual(["责任单位：区民政局、区财政局"]);
    const whole = buildParagraphs(["责任单位：区民政局、区财政局", "全面推进工作落实。"]);
    expect(whole.map((p) => p.text)).toEqual(["责任单位：区民政局、区财政局", "全面推进工作落实。"]);
  });

  it("joins a title's parenthetical on the next line", () => {
    expect(buildParagraphs(["关于推进老旧小区改造的实施方案", "（2021—2023年）"]).map((p) => p.text)).toEqual(["关于推进老旧小区改造的实施方案（2021—2023年）"]);
  });
});
