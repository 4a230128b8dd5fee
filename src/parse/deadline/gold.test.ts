import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Deadline } from "../../model/index.ts";
import { parseDeadline } from "./parse-deadline.ts";

interface GoldTask { path: string[]; deadline: Deadline | null }
interface GoldIssue { documents: { seq: number; tasks: GoldTask[] }[] }

const gold = JSON.parse(
  readFileSync(new URL("../../../samples/gold/dawukou-2021-03.json", import.meta.url), "utf8"),
) as GoldIssue;
const cases = gold.documents.flatMap((d) =>
  d.tasks.flatMap((t) => (t.deadline ? [{ name: `doc ${d.seq} ${t.path.join("")}`, deadline: t.deadline }] : [])),
);

describe("parseDeadline against the gold sample", () => {
  it("has deadlines to check", () => {
    expect(cases.length).toBeGreaterThan(60);
  });

  it.each(cases)("$name", ({ deadline }) => {
    const got = parseDeadline(deadline.text);
    expect({
      kind: got.kind, start: got.start, end: got.end, annual: got.annual, text: got.text,
      milestones: got.milestones.map((m) => ({ end: m.end, text: m.text })),
    }).toEqual({
      kind: deadline.kind, start: deadline.start, end: deadline.end, annual: deadline.annual, text: deadline.text,
      milestones: deadline.milestones.map((m) => ({ end: m.end, text: m.text })),
    });
  });
});
