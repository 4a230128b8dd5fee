import { describe, expect, it } from "vitest";
import { assignmentLight, taskLight, type AssignmentLightInput } from "./light.ts";

const due = (d: string) => ({ due: d, label: "2021年4月底前", doneAt: null });
const base: AssignmentLightInput = { done: false, milestones: [due("2021-04-30")], duties: [] };

describe("assignmentLight", () => {
  it("is green well before the deadline", () => {
    expect(assignmentLight(base, "2021-03-20")).toEqual({ color: "green", reasons: ["按计划推进"], overridden: false });
  });

  it("turns yellow within 30 days of an open deadline", () => {
    expect(assignmentLight(base, "2021-04-20")).toEqual({ color: "yellow", reasons: ["距完成时限还有 10 天（2021-04-30），尚未完成"], overridden: false });
    expect(assignmentLight(base, "2021-03-31").color).toBe("yellow");
    expect(assignmentLight(base, "2021-03-30").color).toBe("green");
    expect(assignmentLight(base, "2021-04-30").reasons).toEqual(["今日到期（完成时限 2021-04-30），尚未完成"]);
  });

  it("turns red once overdue, counting the days", () => {
    expect(assignmentLight(base, "2021-05-03")).toEqual({ color: "red", reasons: ["已逾期 3 天（完成时限 2021-04-30）"], overridden: false });
  });

  it("ignores milestones already done and goes green when 销号", () => {
    expect(assignmentLight({ ...base, milestones: [{ ...due("2021-04-30"), doneAt: "2021-04-28" }] }, "2021-05-03").color).toBe("green");
    expect(assignmentLight({ ...base, done: true }, "2021-05-03")).toEqual({ color: "green", reasons: ["已办结销号"], overridden: false });
  });

  it("is yellow for one missing report and red for two", () => {
    const q2 = { label: "2021年第二季度", due: "2021-07-10", filedOn: null };
    const q3 = { label: "2021年第三季度", due: "2021-10-10", filedOn: null };
    const ongoing: AssignmentLightInput = { done: false, milestones: [], duties: [q2, q3] };
    expect(assignmentLight(ongoing, "2021-07-10").color).toBe("green");
    expect(assignmentLight(ongoing, "2021-07-11")).toEqual({ color: "yellow", reasons: ["2021年第二季度进展报告逾期未报"], overridden: false });
    expect(assignmentLight(ongoing, "2021-10-11")).toEqual({
      color: "red",
      reasons: ["2021年第二季度进展报告逾期未报", "2021年第三季度进展报告逾期未报", "累计 2 次进展报告逾期未报"],
      overridden: false,
    });
    expect(assignmentLight({ ...ongoing, duties: [{ ...q2, filedOn: "2021-07-08" }, q3] }, "2021-10-11").color).toBe("yellow");
  });

  it("is yellow when the latest report says the work is blocked, grey with nothing to judge", () => {
    expect(assignmentLight({ ...base, blocked: true }, "2021-03-01").reasons).toEqual(["最近一次进展报告反映工作受阻"]);
    expect(assignmentLight({ done: false, milestones: [], duties: [] }, "2021-03-01").color).toBe("grey");
  });

  it("lets an override win and show its reason", () => {
    const light = assignmentLight({ ...base, override: { color: "green", reason: "因疫情防控顺延至6月底，经区政府同意" } }, "2021-05-03");
    expect(light).toEqual({ color: "green", reasons: ["人工调整：因疫情防控顺延至6月底，经区政府同意"], overridden: true });
  });
});

describe("taskLight", () => {
  it("is the worst of its assignments, naming the units", () => {
    const late = { ...base, unit: "区教育体育局" };
    const fine = { ...base, unit: "区财政局", milestones: [{ ...due("2021-04-30"), doneAt: "2021-04-01" }] };
    const light = taskLight([late, fine, { ...late, unit: "区卫生健康局" }], "2021-05-03");
    expect(light).toEqual({ color: "red", reasons: ["区教育体育局、区卫生健康局：已逾期 3 天（完成时限 2021-04-30）"], overridden: false });
    expect(taskLight([fine], "2021-05-03").color).toBe("green");
    expect(taskLight([], "2021-05-03").color).toBe("grey");
    expect(taskLight([late], "2021-05-03", { color: "yellow", reason: "已书面说明原因" }).reasons).toEqual(["人工调整：已书面说明原因"]);
  });
});
