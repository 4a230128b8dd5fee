import { describe, expect, it } from "vitest";
import { WordList, comparatorTailStart, guessMetric, guessMetricIn } from "./metric.ts";

// The regex the backward scan stands for.
const TAIL = /(?:不得少于|不得低于|不得超过|不低于|不少于|至少|最少|不超过|控制在|提高到|提升到|下降到|达到|达|稳定在|须|要)+$/u;

describe("comparatorTailStart", () => {
  it.each(["森林覆盖率达到", "参保率不低于", "须达到", "要达", "不少于", "覆盖率", "", "达到 ", "至少要达到", "提高到达达"])(
    "starts where the regex's match does in %j",
    (text) => {
      const m = TAIL.exec(text);
      expect(comparatorTailStart(text, 0, text.length)).toBe(m === null ? text.length : m.index);
    },
  );

  it("stays within its range", () => {
    expect(comparatorTailStart("达到98%", 0, 2)).toBe(0);
    expect(comparatorTailStart("xx达到", 3, 4)).toBe(4);
  });
});

describe("guessMetricIn", () => {
  it("reads a segment in place as guessMetric reads it sliced", () => {
    const text = "，建成农村公路10公里以上，";
    expect(guessMetricIn(text, 1, 13, 7, 11)).toBe(guessMetric(text.slice(1, 13), 6, 10));
    expect(guessMetric("农村自来水普及率达到98%以上", 10, 13)).toBe("农村自来水普及率");
    expect(guessMetric("建成2个婴幼儿早教中心", 2, 4)).toBe("婴幼儿早教中心");
    expect(guessMetric("力争新建10个", 4, 7)).toBe("建");
    expect(guessMetric("达到10个", 2, 5)).toBe("达到10个");
  });
});

describe("WordList", () => {
  it("finds the first word listed that fits within the range", () => {
    const words = new WordList(["及以上", "以上", "以下"]);
    expect(words.at("10个以上的", 3, 6)).toBe("以上");
    expect(words.at("10个以上的", 3, 4)).toBeNull();
    expect(words.at("10个及以上", 3, 6)).toBe("及以上");
    expect(words.at("10个的", 3, 4)).toBeNull();
  });
});
