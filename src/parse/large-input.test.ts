/**
 * A large input (tens of megabytes, as an archive of many issues pasted together would be)
 * parses completely: every repeated document is found, nothing crashes. Speed and memory are
 * measured by `npm run bench:parse`, not asserted here.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseIssue } from "./index.ts";

const sample = readFileSync(new URL("../../samples/dawukou-2021-03.txt", import.meta.url), "utf8");

describe("a large input", () => {
  it("parses a 20 MB issue of repeated documents in full", () => {
    const lines = sample.split("\n");
    const front = lines.slice(0, 113).join("\n");
    const body = lines.slice(113, 1312).join("\n");
    const copies = Math.ceil(20e6 / Buffer.byteLength(body));
    const text = [front, ...Array.from({ length: copies }, () => body)].join("\n\n");
    expect(Buffer.byteLength(text)).toBeGreaterThan(20e6);
    const issue = parseIssue(Buffer.from(text), { file: "large.txt" });
    expect(issue.documents).toHaveLength(7 * copies);
    expect(issue.documents.reduce((n, d) => n + d.tasks.length, 0)).toBe(137 * copies);
    expect(issue.orgs).toHaveLength(43);
  }, 120_000);
});
