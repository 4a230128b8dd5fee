import { describe, expect, it } from "vitest";
import { charTable } from "./char-table.ts";

describe("charTable", () => {
  it("marks the code unit of each character, and only those", () => {
    const table = charTable("、和a");
    expect(table["、".charCodeAt(0)]).toBe(1);
    expect(table["和".charCodeAt(0)]).toBe(1);
    expect(table[0x61]).toBe(1);
    expect(table["，".charCodeAt(0)]).toBe(0);
    expect(table.length).toBe(0x10000);
  });

  it("stores a given value, and reads as no hit past the end of a text", () => {
    const table = charTable(["第"], 3);
    expect(table["第".charCodeAt(0)]).toBe(3);
    expect(table["".charCodeAt(0)] === 3).toBe(false);
  });
});
