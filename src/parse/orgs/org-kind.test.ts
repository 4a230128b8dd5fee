import { describe, expect, it } from "vitest";
import { orgKind } from "./org-kind.ts";

describe("orgKind", () => {
  it.each([
    ["区财政局", "department"],
    ["市市场监督管理局大武口区分局", "department"],
    ["大武口区公安分局", "department"],
    ["区发展和改革委员会", "department"],
    ["区卫健委", "department"],
    ["区委组织部", "party"],
    ["区委编办", "party"],
    ["编办", "party"],
    ["中共平罗县委政法委员会", "party"],
    ["县委农村工作领导小组办公室", "party"],
    ["星海镇人民政府", "town"],
    ["星海镇", "town"],
    ["通伏乡", "town"],
    ["长胜街道办事处", "subdistrict"],
    ["长胜街道", "subdistrict"],
    ["各街道办事处", "group"],
    ["各相关部门（单位）", "group"],
    ["各乡（镇）人民政府", "group"],
    ["区妇联", "other"],
    ["团区委", "other"],
    ["共青团大武口区委", "other"],
    ["区消防救援大队", "other"],
    ["区目标考核办", "other"],
    ["区人民法院", "other"],
  ] as const)("%s is %s", (name, kind) => {
    expect(orgKind(name)).toBe(kind);
  });
});
