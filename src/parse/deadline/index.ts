/** Deadlines (完成时限): from printed text to the contract's `Deadline`. */
export { cleanDeadlineText, parseDeadline } from "./parse-deadline.ts";
export type { DeadlineContext } from "./parse-deadline.ts";
export { findDateTerms } from "./date-terms.ts";
export type { DateRole, DateTerm } from "./date-terms.ts";
export { readSteps } from "./steps.ts";
export type { Step, StepReading } from "./steps.ts";
