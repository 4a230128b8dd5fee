import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Target } from "../../model/index.ts";
import { extractTargets } from "./extract-targets.ts";
import { scoreTargets } from "./score-targets.ts";

interface Fixture { task: string; text: string; targets: Pick<Target, "text" | "comparator" | "value" | "unit" | "by">[] }

// Measure texts of every task of the real sample, with the gold targets (built from samples/gold).
const fixtures = JSON.parse(readFileSync(new URL("./fixtures.json", import.meta.url), "utf8")) as Fixture[];

describe("extractTargets on the sample's measures", () => {
  const total = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  for (const f of fixtures) {
    const got = extractTargets(f.text, { year: 2021 });
    const s = scoreTargets(got, f.targets);
    total.tp += s.tp;
    total.fp += s.fp;
    total.fn += s.fn;
    if (s.fp + s.fn > 0) {
      misses.push(`${f.task}: got ${got.map((t) => `${t.comparator}${t.value}${t.unit}`).join(" ")} | want ${f.targets.map((t) => `${t.comparator}${t.value}${t.unit}`).join(" ")}`);
    }
  }
  const precision = total.tp / (total.tp + total.fp);
  const recall = total.tp / (total.tp + total.fn);
  const f1 = (2 * precision * recall) / (precision + recall);

  it("reaches a micro F1 of at least 0.9", () => {
    console.log(`targets: tp=${total.tp} fp=${total.fp} fn=${total.fn} P=${precision.toFixed(3)} R=${recall.toFixed(3)} F1=${f1.toFixed(3)}`);
    for (const m of misses) console.log(m);
    expect(fixtures.length).toBe(137);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });

  it("dates a goal only where its sentence does", () => {
    const byOf = (task: string, text: string) =>
      extractTargets(fixtures.find((f) => f.task === task)?.text ?? "", { year: 2021 }).find((t) => t.text === text)?.by;
    expect(byOf("doc1 三、/（八）", "到2021年底农村自来水普及率达到98%以上")).toBe("2021-12-31");
    expect(byOf("doc1 三、/（八）", "建成农村公路10公里以上")).toBeNull();
    expect(byOf("doc1 三、/（七）", "年内建成果园村、龙泉村2个高质量美丽宜居村庄")).toBe("2021-12-31");
  });
});
