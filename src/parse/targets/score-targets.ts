/** Scoring extracted goals the way the issue scorer does: by `comparator|value|unit`, with F1. */
import type { Target } from "../../model/index.ts";

/** Counts of matched, spurious and missed goals. */
export interface TargetScore {
  tp: number;
  fp: number;
  fn: number;
}

const key = (t: Pick<Target, "comparator" | "value" | "unit">): string => `${t.comparator}|${t.value}|${t.unit}`;

/** Matches two goal lists as multisets of `comparator|value|unit` keys. */
export function scoreTargets(got: readonly Pick<Target, "comparator" | "value" | "unit">[], want: readonly Pick<Target, "comparator" | "value" | "unit">[]): TargetScore {
  const left = new Map<string, number>();
  for (const t of want) left.set(key(t), (left.get(key(t)) ?? 0) + 1);
  let tp = 0;
  for (const t of got) {
    const n = left.get(key(t)) ?? 0;
    if (n > 0) {
      tp++;
      left.set(key(t), n - 1);
    }
  }
  return { tp, fp: got.length - tp, fn: want.length - tp };
}
