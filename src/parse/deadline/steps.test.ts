import { describe, expect, it } from "vitest";
import { readSteps } from "./steps.ts";

describe("readSteps", () => {
  it("keeps more steps than its reused ranges first hold, and nothing of an earlier text", () => {
    const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月底前完成第${i + 1}批`).join("；");
    const many = readSteps(`2021年${months}`, null);
    expect(many.steps).toHaveLength(12);
    expect(many.steps[11]?.text).toBe("12月底前完成第12批");
    expect(many.steps[0]?.end).toBe("2021-01-31");
    const one = readSteps("2022年6月底前，全面完成", null);
    expect(one.steps).toEqual([{ text: "2022年6月底前，全面完成", end: "2022-06-30", spanStart: null }]);
  });

  it("joins an undated clause to the step before it", () => {
    expect(readSteps("2021年底前启动；持续推进", null).steps.map((s) => s.text)).toEqual(["2021年底前启动；持续推进"]);
  });
});
