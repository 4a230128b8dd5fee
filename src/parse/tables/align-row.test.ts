import { describe, expect, it } from "vitest";
import { shapeOf } from "./align-row.ts";

describe("shapeOf", () => {
  it("tells serials and dates from text by length", () => {
    expect(["", "1", "12.", "3、", "2021.07.01", "2021年", "12345", "甲", "区财政局局", "一二三四五六七八九十一二三四五六"].map(shapeOf)).toEqual([
      "empty", "serial", "serial", "serial", "date", "date", "medium", "short", "medium", "long",
    ]);
  });
});
