/** The words a numeric goal is built from: units, comparators and the contexts that void a count. */
import type { Target } from "../../model/index.ts";

/** A comparator of the contract. */
export type Comparator = Target["comparator"];

/** Units a goal may be counted in, longest first so `万亩` wins over `亩`. */
export const UNITS: readonly string[] = [
  "万平方米", "平方米", "万人次", "人次", "万亩", "公顷", "公里", "千米", "万元", "亿元", "万人", "万吨",
  "课时", "学时", "%", "％", "亩", "元", "人", "名", "个", "项", "次", "家", "所", "户", "座", "处",
  "条", "套", "台", "辆", "场", "吨", "件", "批",
];

/** Units of money, which count as goals only outside reward and subsidy clauses. */
export const MONEY_UNITS: ReadonlySet<string> = new Set(["万元", "亿元", "元"]);

/** Units of a share: they stay goals after `的` (`常住人口的60%`), unlike counts. */
export const SHARE_UNITS: ReadonlySet<string> = new Set(["%", "％"]);

/** Comparators that may stand a few words before their number (`至少学习掌握两项`). */
export const DISTANT_PREFIXES: readonly (readonly [string, Comparator])[] = [
  ["不得少于", ">="], ["不得低于", ">="], ["不得超过", "<="], ["不得高于", "<="],
  ["不低于", ">="], ["不少于", ">="], ["至少", ">="], ["最少", ">="], ["不超过", "<="], ["不高于", "<="],
  ["最多", "<="], ["控制在", "<="], ["提高到", ">="], ["提升到", ">="], ["提高至", ">="], ["下降到", "<="],
  ["降低到", "<="], ["降至", "<="], ["压减到", "<="],
];

/** Comparators that must touch their number (`达95%`), being too common as words elsewhere. */
export const NEAR_PREFIXES: readonly (readonly [string, Comparator])[] = [
  ["达到", ">="], ["达", ">="], ["超过", ">"], ["高于", ">"], ["多于", ">"], ["低于", "<"], ["少于", "<"],
];

/** Comparators printed after the unit (`10公里以上`). */
export const SUFFIXES: readonly (readonly [string, Comparator])[] = [
  ["及以上", ">="], ["以上", ">="], ["及以下", "<="], ["以下", "<="], ["以内", "<="],
];

/** Words of a clause that hands out money: its amounts are rewards or subsidies, not goals. */
export const REWARD_WORDS: readonly string[] = ["奖励", "补贴", "补助", "资助", "奖补", "奖金", "慰问"];

/** Characters that put an already existing set before the verb (`将4所幼儿园纳入…`). */
export const DISPOSAL_CHARS = "将把给";

/** Every comparator, for goals that keep theirs as an index. */
export const COMPARATORS: readonly Comparator[] = [">=", "<=", "=", ">", "<"];
