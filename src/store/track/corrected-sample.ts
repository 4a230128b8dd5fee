/**
 * For tests: the sample issue's text and a corrected text of it, as a gazette office would
 * reissue it — a title's character fixed, a lead unit renamed, two deadlines changed and one
 * unit's task deleted — and a second correction of that, so carry-over is tested on what the
 * parser really makes of a correction.
 */
import { readFileSync } from "node:fs";

/** The sample's file name, as `source.file`. */
export const SAMPLE_FILE = "dawukou-2021-03.txt";

/** The sample issue's text (samples/dawukou-2021-03.txt). */
export function sampleText(): string {
  return readFileSync(new URL(`../../../samples/${SAMPLE_FILE}`, import.meta.url), "utf8");
}

/** Replaces the first `from` after `anchor`, so one task's line changes and its namesakes do not. */
function after(text: string, anchor: string, from: string, to: string): string {
  const at = text.indexOf(anchor);
  const i = text.indexOf(from, at);
  if (at < 0 || i < 0) throw new Error(`${anchor} … ${from} is not in the sample`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

/** The corrected text (see the file comment); the deleted task is 区民政局's in the 近视 plan. */
export function correctedSampleText(): string {
  let text = after(sampleText(), "5. 深化学前教育保教改革。", "保教改革", "保育改革");
  text = after(text, "6. 强化学前教育经费投入保障。", "牵头单位：区财政局", "牵头单位：区审计局");
  text = after(text, "1. 制定街道（镇）赋权清单目录。", "完成时限：2021年4月底前", "完成时限：2021年5月底前");
  text = after(text, "2. 完善政务服务事项清单。", "完成时限：2021年4月底前", "完成时限：2021年6月底前");
  const line = text.split("\n").find((l) => l.startsWith("区民政局：开展近视防控宣传"));
  if (line === undefined) throw new Error("区民政局's task is not in the sample");
  return text.replace(`${line}\n`, "");
}

/** A second correction on top of the first: 区财政局 named again as lead, a target raised from 50 to 60 people. */
export function secondCorrectionText(): string {
  const text = after(correctedSampleText(), "6. 强化学前教育经费投入保障。", "牵头单位：区审计局", "牵头单位：区财政局");
  return after(text, "强化现代农业科技支撑", "培育高素质农民50人", "培育高素质农民60人");
}
