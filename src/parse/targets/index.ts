/** Numeric goals (指标) stated inside a measure's text. */
export { extractTargets } from "./extract-targets.ts";
export type { TargetContext } from "./extract-targets.ts";
export { scoreTargets } from "./score-targets.ts";
export type { TargetScore } from "./score-targets.ts";
