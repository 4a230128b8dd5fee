import { describe, expect, it } from "vitest";
import { parseDocNumberQuery } from "./doc-number.ts";

describe("parseDocNumberQuery", () => {
  it.each([
    ["石大政办发〔2021〕9号", { agency: "石大政办发", year: 2021, serial: 9 }],
    ["石大政办发[2021]9号", { agency: "石大政办发", year: 2021, serial: 9 }],
    ["石大政办发［2021］9号", { agency: "石大政办发", year: 2021, serial: 9 }],
    ["石大政办发2021年9号", { agency: "石大政办发", year: 2021, serial: 9 }],
    ["石大政办发（2021）第9号", { agency: "石大政办发", year: 2021, serial: 9 }],
    ["政办发 9号", { agency: "政办发", year: null, serial: 9 }],
    ["(2021)9号", { agency: null, year: 2021, serial: 9 }],
    ["〔2021〕 9 号", { agency: null, year: 2021, serial: 9 }],
  ])("reads %s", (q, parts) => {
    expect(parseDocNumberQuery(q)).toEqual(parts);
  });

  it.each(["9号", "近视", "", "石大政办发", "2021年", "x".repeat(500)])("rejects %s", (q) => {
    expect(parseDocNumberQuery(q)).toBeNull();
  });
});
