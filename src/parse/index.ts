/** The parser: pure, text in, Issue out. */
export { parseIssue, type ParseOptions } from "./parse-issue.ts";
export { decodeText } from "./decode/index.ts";
export { decodeChunks, decodeSource, sha256, type DecodedSource } from "./decode-source.ts";
export { AliasTableSchema, defaultAliasTable, type AliasTable } from "./orgs/index.ts";
