/** The supervision ledger's domain (督查督办): pure rules, no I/O, the clock always passed in. */
export * from "./dates.ts";
export * from "./milestones.ts";
export * from "./duties.ts";
export * from "./light.ts";
export * from "./roles.ts";
export * from "./reports.ts";
export * from "./completion.ts";
export * from "./assessment.ts";
export * from "./bulletin.ts";
export * from "./ical.ts";
export * from "./match-versions.ts";
