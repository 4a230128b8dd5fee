/** Splitting an issue into its documents. */
export * from "./find-documents.ts";
