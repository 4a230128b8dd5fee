import { describe, expect, it } from "vitest";
import { endsWithRi } from "./layout.ts";

describe("endsWithRi", () => {
  it("looks at the last character other than a space", () => {
    expect(endsWithRi("2021年4月1日")).toBe(true);
    expect(endsWithRi("2021年4月1日 \u3000")).toBe(true);
    expect(endsWithRi("2021年4月1日。")).toBe(false);
    expect(endsWithRi("   ")).toBe(false);
    expect(endsWithRi("")).toBe(false);
  });
});
