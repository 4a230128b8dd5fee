/** Parsing one document of an issue. */
export { parseDocument } from "./parse-document.ts";
export type { ParseContext } from "./context.ts";
export { peopleIn } from "./chronicle.ts";
