import { describe, expect, it } from "vitest";
import { OrgRegistry } from "../orgs/index.ts";
import { orgRef, type ParseContext } from "./context.ts";

const context = (): ParseContext => ({ lines: [], year: 2021, registry: new OrgRegistry({ jurisdiction: "大武口区" }), warnings: [], refs: new Map() });

describe("orgRef", () => {
  it("shares one reference per printed name", () => {
    const ctx = context();
    const a = orgRef(ctx, "区财政局");
    expect(orgRef(ctx, "区财政局")).toBe(a);
    expect(orgRef(ctx, "大武口区财政局")).not.toBe(a);
    expect([...ctx.refs.keys()]).toEqual(["区财政局", "大武口区财政局"]);
  });

  it("counts every mention as resolve does", () => {
    // Counts choose among an organisation's spellings: repeats must count as resolve counts them.
    const names = ["大武口区财政局", "区财政局", "区财政局", "区财政局", "区 财政局"];
    const ctx = context();
    for (const name of names) orgRef(ctx, name);
    const direct = new OrgRegistry({ jurisdiction: "大武口区" });
    for (const name of names) direct.resolve(name);
    expect(ctx.registry.orgs()).toEqual(direct.orgs());
  });
});
