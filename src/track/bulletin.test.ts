import { describe, expect, it } from "vitest";
import { Document } from "../model/issue.ts";
import { buildBulletin, chineseNumber } from "./bulletin.ts";

describe("buildBulletin", () => {
  it("builds a 通报 Document with the five sections, unit by unit", () => {
    const doc = buildBulletin({
      period: { label: "2021年第二季度", start: "2021-04-01", end: "2021-06-30" },
      issuer: "大武口区人民政府督查室",
      date: "2021-07-15",
      units: [
        { name: "区教育体育局", completed: [{ title: "制定方案", deadline: "2021-03-31" }], lagging: [], overdue: [{ title: "实施晚自习制度", deadline: "2021-04-30", note: "已逾期 76 天" }] },
        { name: "区财政局", completed: [], lagging: [{ title: "保障资金", deadline: null, note: "2021年第二季度进展报告逾期未报" }], overdue: [] },
      ],
    });
    expect(Document.safeParse(doc).success).toBe(true);
    expect(doc.title).toBe("关于2021年第二季度重点任务推进情况的通报");
    expect(doc.genre).toBe("通报");
    expect(doc.sections.map((s) => `${s.label}${s.title}`)).toEqual(["一、总体情况", "二、已完成", "三、进展滞后", "四、逾期未完成", "五、下步要求"]);
    expect(doc.sections[0]?.text).toContain("已完成1项，进展滞后1项，逾期未完成1项");
    expect(doc.sections[3]?.children).toEqual([
      { label: "（一）", level: 2, title: "区教育体育局", text: "1.实施晚自习制度（完成时限 2021-04-30，已逾期 76 天）", children: [] },
    ]);
    expect(doc.sections[2]?.children[0]?.text).toBe("1.保障资金（2021年第二季度进展报告逾期未报）");
    expect(doc.sections[4]?.text.split("\n")).toHaveLength(3);
  });

  it("says 无 for an empty list and numbers in Chinese", () => {
    const doc = buildBulletin({ period: { label: "2021年第三季度", start: "2021-07-01", end: "2021-09-30" }, issuer: "督查室", date: "2021-10-15", units: [] });
    expect(doc.sections[1]?.text).toBe("无。");
    expect([1, 10, 11, 20, 23].map(chineseNumber)).toEqual(["一", "十", "十一", "二十", "二十三"]);
  });
});
