import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { display, OrgRegistry } from "./org-registry.ts";
import type { Org, OrgRef } from "../../model/issue.ts";

interface GoldTask {
  lead: OrgRef[];
  responsible: OrgRef[];
  cooperating: OrgRef[];
}
interface Gold {
  documents: { tasks: GoldTask[] }[];
  orgs: Org[];
}

const gold = JSON.parse(
  readFileSync(new URL("../../../samples/gold/dawukou-2021-03.json", import.meta.url), "utf8"),
) as Gold;

/** Every task unit in printed order, as the parser would meet them. */
const taskRefs: OrgRef[] = gold.documents.flatMap((d) =>
  d.tasks.flatMap((t) => [...t.lead, ...t.responsible, ...t.cooperating]),
);
const taskNames = new Set(taskRefs.map((r) => r.name));
/** Spellings the gold lists that no task prints (attachment table, running text, long forms). */
const observedOnly = gold.orgs.flatMap((o) => [o.name, ...o.aliases]).filter((n) => !taskNames.has(n));

function build(names: readonly string[], observed: readonly string[]): OrgRegistry {
  const registry = new OrgRegistry({ jurisdiction: "大武口区" });
  for (const n of names) registry.resolve(n);
  for (const n of observed) registry.observe(n);
  return registry;
}

/** Pairwise precision and recall of a clustering of `names` against the gold's. */
function pairwise(names: readonly string[], ours: (n: string) => string | undefined, theirs: (n: string) => string | undefined) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < names.length; i += 1) {
    for (let j = i + 1; j < names.length; j += 1) {
      const a = names[i] ?? "";
      const b = names[j] ?? "";
      const same = ours(a) !== undefined && ours(a) === ours(b);
      const goldSame = theirs(a) === theirs(b);
      if (same && goldSame) tp += 1;
      else if (same) fp += 1;
      else if (goldSame) fn += 1;
    }
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), tp, fp, fn };
}

const goldIdOf = new Map<string, string>(gold.orgs.flatMap((o) => [o.name, ...o.aliases].map((n) => [n, o.id] as const)));
const allNames = [...goldIdOf.keys()];

describe("OrgRegistry on the gold sample", () => {
  const registry = build(
    taskRefs.map((r) => r.name),
    observedOnly,
  );
  const orgs = registry.orgs();

  it("clusters every printed spelling exactly as the gold does", () => {
    const score = pairwise(allNames, (n) => registry.idOf(n), (n) => goldIdOf.get(n));
    console.info(`pairwise precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)} (tp ${score.tp}, fp ${score.fp}, fn ${score.fn})`);
    expect(score).toMatchObject({ fp: 0, fn: 0 });
    expect(orgs).toHaveLength(gold.orgs.length);
  });

  /** Our org ids numbered by first task mention; the gold numbers by hand, so compare through the names. */
  const toGold = new Map(orgs.map((o) => [o.id, goldIdOf.get(o.name)]));

  it("maps each task OrgRef to the gold's org, one-to-one", () => {
    const wrong = taskRefs.filter((r) => toGold.get(registry.idOf(r.name) ?? "") !== r.org).map((r) => `${r.name}→${registry.idOf(r.name)} (gold ${r.org})`);
    expect(wrong).toEqual([]);
    expect(new Set(toGold.values()).size).toBe(gold.orgs.length);
  });

  it("names each organisation by the gold's canonical name, with the gold's kind and aliases", () => {
    const goldById = new Map(gold.orgs.map((g) => [g.id, g]));
    const pairs = orgs.map((o) => [o, goldById.get(toGold.get(o.id) ?? "")] as const);
    const nameMisses = pairs.filter(([o, g]) => o.name !== g?.name).map(([o, g]) => `${o.name} ≠ ${g?.name}`);
    const kindMisses = pairs.filter(([o, g]) => o.kind !== g?.kind).map(([o, g]) => `${o.name}: ${o.kind} ≠ ${g?.kind}`);
    console.info(`canonical names ${orgs.length - nameMisses.length}/${gold.orgs.length}, kinds ${orgs.length - kindMisses.length}/${gold.orgs.length}`);
    expect(nameMisses).toEqual([]);
    expect(kindMisses).toEqual([]);
    for (const [o, g] of pairs) expect({ name: o.name, aliases: o.aliases }).toEqual({ name: g?.name, aliases: g?.aliases });
  });

  it("is order-independent: short forms first, or the mentions reversed, give the same clustering", () => {
    const shortFirst = [...taskRefs.map((r) => r.name)].sort((a, b) => a.length - b.length);
    for (const names of [shortFirst, [...taskRefs.map((r) => r.name)].reverse()]) {
      const other = build(names, [...observedOnly].reverse());
      const score = pairwise(allNames, (n) => other.idOf(n), (n) => goldIdOf.get(n));
      expect(score).toMatchObject({ fp: 0, fn: 0 });
      expect(other.orgs().map((o) => o.name).sort()).toEqual(gold.orgs.map((o) => o.name).sort());
    }
  });
});

describe("OrgRegistry rules", () => {
  it("keeps a short form's id stable once its full form arrives", () => {
    const r = new OrgRegistry({ jurisdiction: "大武口区" });
    r.resolve("星海镇");
    r.resolve("区财政局");
    r.resolve("星海镇人民政府");
    expect(r.idOf("星海镇")).toBe(r.idOf("星海镇人民政府"));
    expect(r.orgs()).toEqual([
      { id: "org-1", name: "星海镇人民政府", aliases: ["星海镇"], kind: "town" },
      { id: "org-2", name: "区财政局", aliases: [], kind: "department" },
    ]);
  });

  it("never merges groups with bodies, nor neighbouring places that differ by a character", () => {
    const r = new OrgRegistry({ jurisdiction: "大武口区" });
    for (const n of ["各街道办事处", "长胜街道办事处", "长兴街道办事处", "长兴街道", "各相关部门（单位）"]) r.resolve(n);
    expect(r.orgs().map((o) => [o.name, o.kind, o.aliases])).toEqual([
      ["各街道办事处", "group", []],
      ["长胜街道办事处", "subdistrict", []],
      ["长兴街道办事处", "subdistrict", ["长兴街道"]],
      ["各相关部门（单位）", "group", []],
    ]);
  });

  it("drops an observed spelling that matches no organisation", () => {
    const r = new OrgRegistry({ jurisdiction: "大武口区" });
    r.resolve("区财政局");
    r.observe("区统计局");
    r.observe("财政局");
    expect(r.idOf("区统计局")).toBeUndefined();
    expect(r.orgs()).toEqual([{ id: "org-1", name: "区财政局", aliases: ["财政局"], kind: "department" }]);
  });

  it("leaves an ambiguous short form on its own", () => {
    const r = new OrgRegistry({ jurisdiction: "某县" });
    for (const n of ["县教育局", "县教育体育局", "县教育科技局"]) r.resolve(n);
    // 教育局 fits both longer bureaus, so it cannot be told which one it is.
    expect(r.orgs().map((o) => o.name)).toEqual(["县教育局", "县教育体育局", "县教育科技局"]);
  });

  it("works for a county with abbreviations and equivalent suffixes", () => {
    const r = new OrgRegistry({ jurisdiction: "平罗县" });
    for (const n of ["县发改局", "平罗县发展和改革委员会", "县卫健局", "县卫生健康局", "团县委", "县委编办", "县人社局"]) r.resolve(n);
    r.observe("共青团平罗县委");
    r.observe("县人力资源和社会保障局");
    expect(r.orgs().map((o) => [o.name, o.aliases, o.kind])).toEqual([
      ["平罗县发展和改革委员会", ["县发改局"], "department"],
      ["县卫生健康局", ["县卫健局"], "department"],
      ["共青团平罗县委", ["团县委"], "other"],
      ["县委编办", [], "party"],
      ["县人力资源和社会保障局", ["县人社局"], "department"],
    ]);
  });

  it("rejects an empty name", () => {
    expect(() => new OrgRegistry().resolve("  ")).toThrow(RangeError);
  });
});

describe("display", () => {
  it("drops only extraction spaces and markdown markers", () => {
    expect(display("区财政局")).toBe("区财政局");
    expect(display("区 财政\u3000局")).toBe("区财政局");
    expect(display("**区财政局**")).toBe("区财政局");
    expect(display("__区财政局__")).toBe("区财政局");
    expect(display("区*财政_局")).toBe("区*财政_局");
  });
});
