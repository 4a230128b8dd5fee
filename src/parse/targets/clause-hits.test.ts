import { describe, expect, it } from "vitest";
import { HitBuffer, NumberBuffer, readClauseHits } from "./clause-hits.ts";
import { COMPARATORS, UNITS } from "./lexicon.ts";
import { readNumberAt, type NumberSlot } from "./number-scan.ts";

/** The goals of the clause `[from, to)` of `text`, as `comparator value unit [segment]`. */
function hitsOf(text: string, from = 0, to = text.length): string[] {
  const nums = new NumberBuffer();
  const slot: NumberSlot = { found: false, numberEnd: 0, unitAt: 0, unit: 0, end: 0 };
  for (let i = from; i < to;) {
    const next = readNumberAt(text, i, slot);
    if (slot.found) nums.push(i, slot.numberEnd, slot.end, slot.unit, false);
    i = next;
  }
  const hits = new HitBuffer();
  readClauseHits(text, from, to, nums, hits);
  const out: string[] = [];
  for (let k = 0; k < hits.count; k++) {
    out.push(`${COMPARATORS[hits.comparator[k] ?? 0]} ${hits.value[k]} ${UNITS[hits.unit[k] ?? 0]} [${text.slice(hits.segFrom[k], hits.segTo[k])}]`);
  }
  return out;
}

describe("readClauseHits", () => {
  it("reads comparators before and after the number", () => {
    expect(hitsOf("参保率不低于95%")).toEqual([">= 95 % [参保率不低于95%]"]);
    expect(hitsOf("建成农村公路10公里以上")).toEqual([">= 10 公里 [建成农村公路10公里以上]"]);
    expect(hitsOf("至少掌握两项技能")).toEqual([">= 2 项 [至少掌握两项技能]"]);
  });

  it("cuts a clause of two goals at the last joint between them", () => {
    expect(hitsOf("建成2个早教中心和5个托育机构")).toEqual(["= 2 个 [建成2个早教中心]", "= 5 个 [5个托育机构]"]);
  });

  it("skips ranges, ordinals, rewards, scopes and alternatives", () => {
    expect(hitsOf("打造8-10所特色名校")).toEqual([]);
    expect(hitsOf("第3个")).toEqual([]);
    expect(hitsOf("分别奖励10万元")).toEqual([]);
    expect(hitsOf("在12个行政村全面建立")).toEqual([]);
    expect(hitsOf("至少有一项增收产业或至少一人稳定就业")).toEqual([]);
  });

  it("grows its buffers past their first size", () => {
    const text = Array.from({ length: 20 }, (_, i) => `建成${i + 1}个`).join("、");
    const got = hitsOf(text);
    expect(got).toHaveLength(20);
    expect(got[19]).toBe("= 20 个 [建成20个]");
  });

  it("reads only within its clause", () => {
    const text = "奖励先进，建成10万元项目，到5个社区";
    expect(hitsOf(text, 5, 13)).toEqual(["= 10 万元 [建成10万元项目]"]);
    expect(hitsOf(text, 14)).toEqual([]);
  });
});
