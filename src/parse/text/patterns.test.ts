/** Outline labels: a number followed by a digit, `%`, `.` or a counter is a number, not a label. */
import { describe, expect, it } from "vitest";
import { readLabel } from "./patterns.ts";

describe("readLabel", () => {
  it("reads num-dot labels followed by text", () => {
    expect(readLabel("1. 加强领导")?.label).toBe("1.");
    expect(readLabel("2、完善机制")?.label).toBe("2、");
    expect(readLabel("3．落实责任")?.label).toBe("3.");
  });

  it("takes numbers followed by a digit, a percent sign, a point or a counter for no label", () => {
    for (const text of ["3.68万亩", "2021.", "2021.9.27", "5.%", "5、5项", "12、个人", "3、年底", "3. 5%"]) {
      expect(readLabel(text)?.kind === "num-dot", text).toBe(false);
    }
  });

  it("reads the other kinds by their first character", () => {
    expect(readLabel("（二）工作要求")?.label).toBe("（二）");
    expect(readLabel("(3)具体措施")?.label).toBe("（3）");
    expect(readLabel("②其他")?.label).toBe("②");
    expect(readLabel("第三条 本办法")?.label).toBe("第三条");
    expect(readLabel("加强领导")).toBeNull();
    expect(readLabel("")).toBeNull();
  });
});
