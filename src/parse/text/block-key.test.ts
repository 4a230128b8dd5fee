import { describe, expect, it } from "vitest";
import { blockKeyOf, blockValue, blockValueStart, type BlockKey } from "./block-key.ts";
import { DEADLINE_KEYS, ROLE_KEYS } from "./patterns.ts";

/** The pattern blockKeyOf reads by hand, as the oracle it must agree with. */
const BLOCK_KEY = new RegExp(`^(${[...Object.keys(ROLE_KEYS), ...DEADLINE_KEYS].join("|")})\\s*[:：]\\s*`, "u");

const fail = (): BlockKey => {
  throw new Error("no key");
};

describe("blockKeyOf", () => {
  const texts = [
    "责任单位：区财政局", "责任单位:区财政局", "责任单位 ：区财政局", "牵头单位\u3000: 区委办", "完成时限：2021年底",
    "配合部门：区民政局", "时间节点：6月", "责任单位区财政局", "责任：区财政局", "（责任单位：区财政局）", "", "责任单位",
    " 责任单位：区财政局", "参与单位：x", "办结时限：y",
  ];

  it("finds exactly what BLOCK_KEY matches, with the key it captures", () => {
    for (const text of texts) expect(blockKeyOf(text)?.text ?? null, text).toBe(BLOCK_KEY.exec(text)?.[1] ?? null);
  });

  it("reads a key inside a text at the given place", () => {
    expect(blockKeyOf("区财政局；完成时限：年底", 5)?.text).toBe("完成时限");
    expect(blockKeyOf("区财政局；完成时限：年底", 4)).toBeNull();
    expect(blockValue("区财政局；完成时限： 年底 ；x", blockKeyOf("区财政局；完成时限：年底", 5) ?? fail(), 5, 14)).toBe("年底");
  });

  it("tells a role from a deadline", () => {
    expect(blockKeyOf("牵头单位：区委办")?.role).toBe("lead");
    expect(blockKeyOf("责任部门：区委办")?.role).toBe("responsible");
    expect(blockKeyOf("协办单位：区委办")?.role).toBe("cooperating");
    expect(blockKeyOf("完成时间：年底")?.role).toBe("deadline");
  });
});

describe("blockValue", () => {
  it("is the trimmed text after the key's colon", () => {
    for (const text of ["责任单位： 区财政局、区民政局 ", "完成时限 :2021年底", "牵头单位：", "责任单位\u3000：\u3000区委办"]) {
      const key = blockKeyOf(text);
      if (key === null) throw new Error(text);
      const m = BLOCK_KEY.exec(text);
      expect(blockValue(text, key)).toBe(text.slice(m?.[0].length ?? 0).trim());
      expect(text.slice(blockValueStart(text, key)).trim()).toBe(text.slice(m?.[0].length ?? 0).trim());
    }
  });
});
