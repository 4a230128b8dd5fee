import { describe, expect, it } from "vitest";
import { extractTargets } from "./extract-targets.ts";

const keys = (text: string, year?: number) =>
  extractTargets(text, year === undefined ? {} : { year }).map((t) => `${t.comparator}|${t.value}|${t.unit}`);

describe("extractTargets: comparators", () => {
  it.each([
    ["森林覆盖率达到30%以上", ">=|30|%"],
    ["参保率不低于95%", ">=|95|%"],
    ["每年开展培训不少于3次", ">=|3|次"],
    ["城镇登记失业率控制在4.5%以内", "<=|4.5|%"],
    ["单位能耗下降到0.8吨以下", "<=|0.8|吨"],
    ["新增就业不超过200人", "<=|200|人"],
    ["报销比例提高到70%以上", ">=|70|%"],
    ["建成8所公办幼儿园", "=|8|所"],
    ["新建污水管网 20 公里", "=|20|公里"],
    ["至少掌握两项技能", ">=|2|项"],
    ["每月不少于一次", ">=|1|次"],
    ["改造农房１５０户", "=|150|户"],
  ])("%s → %s", (text, key) => {
    expect(keys(text)).toEqual([key]);
  });
});

describe("extractTargets: what is not a goal", () => {
  it.each([
    ["打造8-10所特色名校"],
    ["建设实验学校3—5所"],
    ["掌握1—2项实用技能"],
    ["分别奖励10万元、5万元、3万元"],
    ["给聘用的52名保教人员补贴1万元/年/人"],
    ["严守永久基本农田3.68万亩红线"],
    ["在12个行政村全面建立红白理事会"],
    ["将4所小区配建幼儿园和7所公建民营幼儿园纳入集团"],
    ["进行一次“拉网式”集中培训"],
    ["实施“四个一”示范带动工程"],
    ["经营性收入10万元以上的村"],
    ["家庭至少有一项增收产业或至少一人稳定就业"],
    ["2021年底前完成验收"],
  ])("%s", (text) => {
    expect(keys(text)).toEqual([]);
  });
});

describe("extractTargets: clauses, texts and dates", () => {
  it("splits a clause with two counts into sub-string targets", () => {
    const got = extractTargets("建成2个婴幼儿早教中心和5个托育机构。");
    expect(got.map((t) => [t.text, t.value, t.unit, t.comparator])).toEqual([
      ["建成2个婴幼儿早教中心", 2, "个", "="],
      ["5个托育机构", 5, "个", "="],
    ]);
  });

  it("keeps the clause as printed with digit spaces folded", () => {
    const [t] = extractTargets("推动路网建设，建成农村公路 10 公里以上。");
    expect(t).toEqual({ text: "建成农村公路10公里以上", metric: "农村公路", comparator: ">=", value: 10, unit: "公里", by: null });
  });

  it("dates goals from their own sentence only", () => {
    const got = extractTargets("到2023年，创建1个自治区级集团，2个市级集团。培育合作社3家。", { year: 2021 });
    expect(got.map((t) => t.by)).toEqual(["2023-12-31", "2023-12-31", null]);
    expect(extractTargets("年内完成村庄绿化面积300亩", { year: 2022 })[0]?.by).toBe("2022-12-31");
    expect(extractTargets("争取2-3年内培养名校长10人", { year: 2021 })[0]?.by).toBeNull();
  });

  it("keeps numbers inside quotes and titles out", () => {
    expect(keys("深化“1244”教研模式，落实《3岁以下照护意见》")).toEqual([]);
  });
});
