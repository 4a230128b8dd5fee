/** Parsing one document of an issue. */
export { parseDocument, flattenSections } from "./parse-document.ts";
export type { ParseContext } from "./context.ts";
export { peopleIn } from "./chronicle.ts";
