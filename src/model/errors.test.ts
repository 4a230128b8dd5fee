import { describe, expect, it } from "vitest";
import { GongbaoError } from "./errors.ts";

describe("GongbaoError", () => {
  it("knows its HTTP status and prints file and line", () => {
    const error = new GongbaoError("binary-input", "this is not text", { file: "x.pdf", line: 3 });
    expect(error.status).toBe(422);
    expect(error.describe()).toBe("x.pdf:3: this is not text [binary-input]");
    expect(error.toJSON()).toEqual({ error: { code: "binary-input", message: "this is not text", line: 3 } });
  });
});
