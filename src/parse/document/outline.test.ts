import { describe, expect, it } from "vitest";
import { headingRest, headingTitle, splitHeading } from "./outline.ts";

describe("headingTitle and headingRest", () => {
  it("split a heading at its first full stop", () => {
    expect(splitHeading("加强组织领导。各部门要高度重视。")).toEqual({ title: "加强组织领导", rest: "各部门要高度重视。" });
    expect(splitHeading("加强组织领导，")).toEqual({ title: "加强组织领导", rest: "" });
  });

  it("read a range of a text as the heading", () => {
    const text = "（一）加强组织领导。 各部门要高度重视。  ";
    expect(headingTitle(text, 3, 20)).toBe("加强组织领导");
    expect(headingRest(text, 3, 20)).toBe("各部门要高度重视。");
    expect(headingTitle(text, 3, 8)).toBe("加强组织领");
    expect(headingRest(text, 3, 8)).toBe("");
  });
});
