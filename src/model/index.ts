/** The ground floor: the open-data schemas, their types and the error catalogue. */
export * from "./issue.ts";
export * from "./errors.ts";
