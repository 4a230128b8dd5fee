/** Text utilities of the parser: lines, paragraphs, normalisation, printed conventions. */
export * from "./normalize.ts";
export * from "./lines.ts";
export * from "./patterns.ts";
export * from "./block-key.ts";
export * from "./paragraphs.ts";
export * from "./org-shape.ts";
