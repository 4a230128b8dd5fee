import { describe, expect, it } from "vitest";
import { jurisdictionOf } from "./jurisdiction-of.ts";

describe("jurisdictionOf", () => {
  it.each([
    ["大武口区人民政府公报", "大武口区"],
    ["平罗县人民政府公报", "平罗县"],
    ["石嘴山市人民政府办公室公报", "石嘴山市"],
    ["宁夏回族自治区人民政府公报", "宁夏回族自治区"],
    ["政府公报", undefined],
  ] as const)("%s → %s", (name, place) => {
    expect(jurisdictionOf(name)).toBe(place);
  });
});
