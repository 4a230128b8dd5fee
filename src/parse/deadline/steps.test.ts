import { describe, expect, it } from "vitest";
import { readSteps, StepScan } from "./steps.ts";

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

describe("StepScan", () => {
  it("holds what readSteps returns, and forgets the text read before", () => {
    const scan = new StepScan();
    const text = "2021年4月起试点，2021年底前推广；2022年6月底前全面完成";
    scan.read(text, null);
    const reading = readSteps(text, null);
    expect(scan.count).toBe(reading.steps.length);
    expect(Array.from({ length: scan.count }, (_, k) => ({ text: scan.stepText(text, k), end: scan.ends[k], spanStart: scan.spanStarts[k] }))).toEqual(reading.steps);
    expect(scan.explicitYear).toBe(true);
    scan.read("9月起开展", 2021);
    expect(scan.count).toBe(0);
    expect(scan.openStart).toBe("2021-09-01");
    expect(scan.explicitYear).toBe(false);
  });
});
