/** The version matcher's rule, case by case: what it pairs, and what it refuses to guess. */
import { describe, expect, it } from "vitest";
import { matchVersions, normaliseTitle, type VersionDocument, type VersionTask } from "./match-versions.ts";

let next = 0;
const task = (seq: number, path: string, title: string): VersionTask => ({ id: ++next, seq, path, title });
const doc = (seq: number, docNumber: string | null, title: string | null, tasks: VersionTask[]): VersionDocument => ({ id: ++next, seq, title, docNumber, tasks });
const pairs = (older: VersionDocument[], newer: VersionDocument[]) => {
  const titleOf = new Map([...older, ...newer].flatMap((d) => d.tasks).map((t) => [t.id, t.title]));
  return matchVersions(older, newer).map((m) => [titleOf.get(m.oldTaskId), titleOf.get(m.newTaskId), m.by]);
};

describe("matchVersions", () => {
  it("follows a deleted task's successors by title and a corrected title by position", () => {
    const older = [doc(1, "石大政办发〔2021〕10号", "近视方案", [
      task(1, "三、（五）", "开展近视防控宣传"), task(2, "三、（五）", "增强新婚夫妇的近视防控意识"), task(3, "三、（五）", "认真贯彻落实"), task(4, "四、", "加强考核"),
    ])];
    const newer = [doc(1, "石大政办发〔2021〕10号", "近视方案（更正）", [
      task(1, "三、（五）", "开展近视防空宣传"), task(2, "三、（五）", "认真贯彻落实"), task(3, "四、", "加强考核"),
    ])];
    expect(pairs(older, newer)).toEqual([
      ["认真贯彻落实", "认真贯彻落实", "title-path"],
      ["加强考核", "加强考核", "title-path"],
      ["开展近视防控宣传", "开展近视防空宣传", "position"],
    ]);
  });

  it("does not let the task after a deleted one inherit its place when its title differs", () => {
    const older = [doc(1, null, "通知", [task(1, "一、", "长胜煤炭加工区网格"), task(2, "一、", "星海镇网格"), task(3, "一、", "长胜网格")])];
    // 星海镇网格 deleted; 长胜网格 corrected to 长盛网格 moves up to seq 2, where 星海镇网格 was.
    const newer = [doc(1, null, "通知", [task(1, "一、", "长胜煤炭加工区网格"), task(2, "一、", "长盛网格")])];
    expect(pairs(older, newer)).toEqual([["长胜煤炭加工区网格", "长胜煤炭加工区网格", "same"]]);
  });

  it("leaves ambiguous titles unmatched", () => {
    const older = [doc(1, null, "方案", [task(1, "a", "增加普惠性学前教育资源"), task(2, "b", "增加普惠性学前教育资源")])];
    const newer = [doc(1, null, "方案", [task(1, "c", "增加普惠性学前教育资源"), task(2, "d", "增加普惠性学前教育资源")])];
    expect(pairs(older, newer)).toEqual([]);
  });

  it("matches documents by 发文字号, and by position and title only where a number is missing", () => {
    const older = [
      doc(1, "石大党发〔2021〕23号", "甲", [task(1, "一、", "守住耕地红线")]),
      doc(2, "石大党发〔2021〕25号", "乙", [task(1, "一、", "保持政策稳定")]),
      doc(3, null, "大事记", [task(1, "一、", "记事")]),
    ];
    const newer = [
      doc(1, "石大党发〔2021〕23号", "甲（标题更正）", [task(1, "一、", "守住耕地红线")]),
      doc(2, "石大党发〔2021〕26号", "乙", [task(1, "一、", "保持政策稳定")]),
      doc(3, null, "大事记", [task(1, "一、", "记事")]),
    ];
    expect(pairs(older, newer)).toEqual([["守住耕地红线", "守住耕地红线", "same"], ["记事", "记事", "same"]]);
  });

  it("folds width forms, spaces and closing punctuation of titles", () => {
    expect(normaliseTitle(" 落实ＰＭ２.５ 目标。")).toBe("落实PM2.5目标");
  });
});
