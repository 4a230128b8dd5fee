/**
 * Gazettes of other districts and years: fixtures written to the national conventions (GB/T 9704,
 * 党政机关公文处理工作条例) with their local variations, none of them seen by the parser's authors
 * when it was tuned on the sample. Each expected value was read off the fixture by hand.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GongbaoError, type Document, type Issue, type Section, type Task } from "../model/index.ts";
import { encodeGb18030 } from "../../test-fixtures/gb18030-encode.ts";
import { parseIssue } from "./index.ts";

const fixture = (name: string): string => readFileSync(new URL(`../../test-fixtures/${name}`, import.meta.url), "utf8");
const parse = (name: string): Issue => parseIssue(fixture(name), { file: name });
const doc = (issue: Issue, seq: number): Document => {
  const found = issue.documents[seq - 1];
  if (!found) throw new Error(`no document ${seq}`);
  return found;
};
const outline = (sections: readonly Section[]): string[] =>
  sections.flatMap((s) => [`${s.level} ${s.label} ${s.title}`, ...outline(s.children)]);
const task = (t: Task) => ({
  path: t.path.join(""),
  title: t.title,
  lead: t.lead.map((r) => r.name),
  responsible: t.responsible.map((r) => r.name),
  cooperating: t.cooperating.map((r) => r.name),
  deadline: t.deadline ? [t.deadline.kind, t.deadline.start, t.deadline.end] : null,
});
const codeOf = (run: () => unknown): string => {
  try {
    run();
  } catch (e) {
    return e instanceof GongbaoError ? e.code : `not a GongbaoError: ${String(e)}`;
  }
  return "no error";
};

describe("a county gazette: one-line masthead, unnumbered 目录 with bracketed numbers", () => {
  const issue = parse("county-issue.txt");

  it("reads the masthead printed with Chinese numerals", () => {
    expect(issue.publication.name).toBe("桐源县人民政府公报");
    expect(issue.publication.sponsor).toBe("桐源县人民政府办公室");
    expect(issue.publication.frequency).toBe("双月刊");
    expect([issue.year, issue.number, issue.cumulativeNumber, issue.date]).toEqual([2021, 5, 120, "2021-10-15"]);
  });

  it("reads every 目录 entry, wrapped ones and an order's number included", () => {
    expect(issue.toc.map((e) => [e.title, e.docNumber, e.page])).toEqual([
      ["桐源县人民政府令", "桐源县人民政府令第3号", 1],
      ["桐源县人民政府关于加快推进县域商贸流通体系建设的意见", "桐府发〔2021〕15号", 8],
      ["桐源县人民政府办公室关于做好2021年秋季学期学校安全工作的通知", "桐府办发〔2021〕22号", 12],
      ["桐源县人民政府办公室关于印发桐源县农村人居环境整治提升三年行动方案的通知", "桐府办发〔2021〕25号", 15],
      ["桐源县人民政府关于公布第一批县级非物质文化遗产代表性项目名录的通知", "桐府发〔2021〕18号", 22],
    ]);
  });

  it("finds the five documents with their frames", () => {
    expect(issue.documents.map((d) => [d.title, d.docNumber, d.docNumberParts?.serial ?? null, d.genre, d.issuers, d.date, d.publicity])).toEqual([
      ["桐源县人民政府令", "桐源县人民政府令第3号", null, "令", ["桐源县人民政府"], "2021-08-27", null],
      ["桐源县人民政府关于加快推进县域商贸流通体系建设的意见", "桐府发〔2021〕15号", 15, "意见", ["桐源县人民政府"], "2021-08-30", "此件公开发布"],
      ["桐源县人民政府办公室关于做好2021年秋季学期学校安全工作的通知", "桐府办发〔2021〕22号", 22, "通知", ["桐源县人民政府办公室"], "2021-09-03", null],
      ["桐源县人民政府办公室关于印发桐源县农村人居环境整治提升三年行动方案的通知", "桐府办发〔2021〕25号", 25, "通知", ["桐源县人民政府办公室"], "2021-09-10", "此件公开发布"],
      ["桐源县人民政府关于公布第一批县级非物质文化遗产代表性项目名录的通知", "桐府发〔2021〕18号", 18, "通知", ["桐源县人民政府"], null, "此件公开发布"],
    ]);
    expect(doc(issue, 2).docNumberParts).toEqual({ agency: "桐府发", year: 2021, serial: 15 });
    expect(doc(issue, 2).recipients).toEqual(["各乡镇人民政府", "县政府各部门"]);
    expect(doc(issue, 3).recipients).toEqual(["各乡镇人民政府", "县政府有关部门"]);
    expect(issue.documents.map((d) => [d.span.startLine, d.span.endLine])).toEqual([[23, 76], [78, 108], [110, 138], [140, 212], [214, 228]]);
  });

  it("reads an order's regulation as articles: 第X章 level 1, 第X条 level 2, items one below", () => {
    const order = doc(issue, 1);
    expect(order.sections).toEqual([]);
    expect(order.enclosures.map((e) => e.title)).toEqual(["桐源县城镇燃气安全管理办法"]);
    const lines = outline(order.enclosures[0]?.sections ?? []);
    expect(lines.filter((l) => l.includes("章"))).toEqual(["1 第一章 总则", "1 第二章 经营安全", "1 第三章 使用安全", "1 第四章 附则"]);
    expect(lines).toContain("2 第二条 本办法适用于本县行政区域内城镇燃气的经营、使用以及燃气设施的保护等活动");
    expect(lines).toContain("2 第四条 燃气经营企业应当履行下列安全责任");
    // An item wrapped by the line width is one item.
    expect(lines).toContain("3 （二） 定期对燃气设施进行巡查、检测和维修，及时消除事故隐患");
    expect(lines.filter((l) => l.startsWith("3 "))).toHaveLength(9);
    expect(lines.filter((l) => l.startsWith("2 "))).toHaveLength(7);
  });

  it("reads inline （牵头单位：…；配合单位：…；完成时限：…） after measures", () => {
    expect(doc(issue, 2).tasks.map(task)).toEqual([
      { path: "二、（一）", title: "完善县乡村三级物流配送体系", lead: ["县商务局"], responsible: [], cooperating: ["县交通运输局", "县邮政分公司", "县供销社"], deadline: ["by", null, "2021-12-31"] },
      { path: "二、（二）", title: "改造提升农贸市场", lead: ["县市场监管局"], responsible: [], cooperating: ["县住建局", "县财政局"], deadline: ["by", null, "2022-06-30"] },
      { path: "二、（三）", title: "培育农村电商主体", lead: ["县商务局"], responsible: [], cooperating: ["县农业农村局", "县人社局"], deadline: ["ongoing", null, null] },
      { path: "三、（二）", title: "强化用地保障", lead: ["县发改局"], responsible: [], cooperating: ["县财政局", "县自然资源局"], deadline: ["by", null, "2021-09-30"] },
    ]);
  });

  it("reads `X负责：` and `X：` duty paragraphs as tasks of X", () => {
    const tasks = doc(issue, 3).tasks.map(task);
    expect(tasks.map((t) => [t.path, t.responsible])).toEqual([
      ["二、", ["县教育局"]], ["二、", ["县公安局"]], ["二、", ["县交通运输局"]], ["二、", ["县卫生健康局"]],
    ]);
    expect(tasks[3]?.title).toBe("指导学校做好传染病防控和食堂食品安全工作");
  });

  it("regroups a task table flattened one cell per line, the header repeated after a page break", () => {
    const plan = doc(issue, 4);
    expect(plan.enclosures[0]?.title).toBe("桐源县农村人居环境整治提升三年行动方案（2021—2023年）");
    expect(outline(plan.enclosures[0]?.sections ?? [])).toEqual([
      "1 一、 工作目标", "1 二、 重点任务", "2 （一） 推进农村厕所革命", "2 （二） 治理农村生活垃圾", "1 三、 保障措施",
    ]);
    const [attachment] = plan.attachments;
    expect(attachment?.title).toBe("桐源县农村人居环境整治提升重点任务清单");
    expect(attachment?.tables).toHaveLength(1);
    expect(attachment?.tables[0]?.columns).toEqual(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]);
    expect(attachment?.tables[0]?.rows.map((r) => r[0])).toEqual(["1", "2", "3", "4"]);
    expect(plan.tasks.map(task)).toEqual([
      { path: "附件1", title: "新建改建农村卫生户厕3000座", lead: ["县农业农村局"], responsible: [], cooperating: ["县卫生健康局", "各乡镇人民政府"], deadline: ["by", null, "2021-12-31"] },
      { path: "附件2", title: "建设乡镇垃圾中转站5座，配置收运车辆20辆", lead: ["县住建局"], responsible: [], cooperating: ["县财政局", "县生态环境局"], deadline: ["by", null, "2022-06-30"] },
      { path: "附件3", title: "开展村庄清洁行动", lead: ["各乡镇人民政府"], responsible: [], cooperating: ["县农业农村局"], deadline: ["ongoing", null, null] },
      { path: "附件4", title: "完成40个行政村生活污水治理", lead: ["县生态环境局"], responsible: [], cooperating: ["县住建局", "县水利局"], deadline: ["range", "2021-01-01", "2023-12-31"] },
    ]);
    expect(plan.tasks[0]?.targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([["=", 3000, "座"]]);
  });

  it("gives every unit one organisation, short and full forms together", () => {
    const byName = new Map(issue.orgs.flatMap((o) => [[o.name, o.id], ...o.aliases.map((a) => [a, o.id] as const)]));
    expect(byName.get("县住建局")).toBe(byName.get("县住房和城乡建设局"));
    expect(byName.get("县市场监管局")).toBe(byName.get("县市场监督管理局"));
    expect(issue.orgs.find((o) => o.name === "各乡镇人民政府")?.kind).toBe("group");
    for (const d of issue.documents) for (const t of d.tasks) for (const r of [...t.lead, ...t.responsible, ...t.cooperating]) expect(byName.get(r.name)).toBe(r.org);
  });

  it("warns, with its line, of a date that does not exist", () => {
    expect(issue.warnings).toEqual([{ line: 226, code: "invalid-date", message: "2021年9月31日 does not exist" }]);
  });

  it("reads the same issue saved as GB18030", () => {
    const bytes = encodeGb18030(fixture("county-issue.txt"));
    const fromGb = parseIssue(bytes, { file: "county-issue.gb18030.txt" });
    expect(fromGb.documents.map((d) => d.title)).toEqual(issue.documents.map((d) => d.title));
    expect(fromGb.documents.map((d) => d.tasks.length)).toEqual([0, 4, 4, 4, 0]);
    expect(fromGb.source.lines).toBe(issue.source.lines);
  });
});

describe("a truncated issue and an issue without a 目录", () => {
  it("keeps what the truncated text holds and names what is missing, by line", () => {
    const issue = parse("county-truncated.txt");
    expect(issue.documents.map((d) => d.docNumber)).toEqual(["桐源县人民政府令第3号", "桐府发〔2021〕15号", "桐府办发〔2021〕22号"]);
    expect(doc(issue, 3).date).toBeNull();
    expect(doc(issue, 3).tasks.map((t) => t.responsible[0]?.name)).toEqual(["县教育局", "县公安局"]);
    expect(issue.warnings.map((w) => [w.line, w.code])).toEqual([[20, "missing-document"], [21, "missing-document"], [126, "truncated"]]);
  });

  it("finds documents by title and number where no 目录 is printed", () => {
    const issue = parse("no-toc-issue.txt");
    expect([issue.publication.name, issue.year, issue.number, issue.cumulativeNumber]).toEqual(["青石区人民政府公报", 2022, 1, 37]);
    expect(issue.toc).toEqual([]);
    expect(issue.warnings.map((w) => [w.line, w.code])).toEqual([[null, "no-toc"]]);
    expect(issue.documents.map((d) => [d.docNumber, d.genre, d.date, d.issuers])).toEqual([
      ["青政发〔2022〕2号", "通知", "2022-01-10", ["青石区人民政府"]],
      ["青政办发〔2022〕3号", "通知", "2022-01-18", ["青石区人民政府办公室"]],
    ]);
    expect(doc(issue, 1).enclosures[0]?.title).toBe("青石区2022年民生实事项目");
    expect(doc(issue, 1).tasks.map(task)).toEqual([
      { path: "一、", title: "新建改扩建中小学校和幼儿园", lead: [], responsible: ["区教育体育局"], cooperating: [], deadline: ["by", null, "2022-12-31"] },
      { path: "二、", title: "实施老旧小区改造", lead: ["区住房和城乡建设局"], responsible: [], cooperating: ["区财政局", "各街道办事处"], deadline: ["by", null, "2022-11-30"] },
    ]);
    // `一、区应急管理局：…`: a numbered paragraph opening with its organisation.
    expect(doc(issue, 2).tasks.map((t) => [t.path.join(""), t.responsible[0]?.name, t.title])).toEqual([
      ["一、", "区应急管理局", "牵头组织开展节前安全生产大检查，督促企业落实主体责任"],
      ["二、", "区市场监管局", "加强特种设备和食品安全监管"],
    ]);
  });
});

describe("a single document as a government website publishes it", () => {
  it("reads a one-line metadata panel and leaves the menus and footer out", () => {
    const issue = parse("website-inline-panel.txt");
    expect(issue.warnings).toEqual([]);
    expect(issue.documents).toHaveLength(1);
    const d = doc(issue, 1);
    expect([d.title, d.docNumber, d.genre, d.issuers, d.date, d.publicity]).toEqual([
      "桐源县人民政府办公室关于开展城乡环境卫生集中整治行动的通知", "桐府办发〔2021〕31号", "通知", ["桐源县人民政府办公室"], "2021-06-10", "此件公开发布",
    ]);
    expect(d.span).toEqual({ startLine: 7, endLine: 49 });
    expect(outline(d.sections)).toEqual([
      "1 一、 整治时间", "1 二、 整治内容", "2 （一） 城区背街小巷环境整治", "3 1. 清理卫生死角", "3 2. 规范占道经营", "2 （二） 农村人居环境整治", "1 三、 工作要求",
    ]);
    expect(d.tasks.map(task)).toEqual([
      { path: "二、（一）1.", title: "清理卫生死角", lead: [], responsible: ["县综合行政执法局", "城关镇人民政府"], cooperating: [], deadline: null },
      { path: "二、（一）2.", title: "规范占道经营", lead: [], responsible: ["县综合行政执法局"], cooperating: ["县市场监管局", "县公安局"], deadline: null },
      { path: "二、（二）", title: "农村人居环境整治", lead: ["县农业农村局"], responsible: ["各乡镇人民政府"], cooperating: [], deadline: ["by", null, "2021-09-30"] },
    ]);
  });

  it("reads a panel whose values sit on the next line, and the number only the panel gives", () => {
    const issue = parse("website-bullet-panel.txt");
    expect(issue.warnings).toEqual([]);
    const d = doc(issue, 1);
    expect([d.title, d.docNumber, d.genre, d.issuers, d.date, d.publicity]).toEqual([
      "青石区人民政府办公室关于推进全民健身设施补短板工作的实施意见", "青政办发〔2021〕12号", "意见", ["青石区人民政府办公室"], "2021-06-10", "此件主动公开",
    ]);
    expect(d.docNumberParts).toEqual({ agency: "青政办发", year: 2021, serial: 12 });
    expect(d.recipients).toEqual(["各街道办事处", "镇人民政府", "区政府各部门"]);
    expect(d.span).toEqual({ startLine: 25, endLine: 63 });
    // 主办单位 (lead) and 协办单位/支撑单位 (cooperating): roles by another district's words.
    expect(d.tasks.map(task)).toEqual([
      { path: "二、（一）", title: "建设社区健身设施", lead: [], responsible: ["区教育体育局", "各街道办事处"], cooperating: [], deadline: null },
      { path: "二、（二）1.", title: "符合条件的学校体育场地在课余和节假日向社会开放", lead: ["区教育体育局"], responsible: [], cooperating: ["区财政局", "区公安分局"], deadline: ["by", null, "2021-12-31"] },
      { path: "二、（二）2.", title: "建立开放学校保险补贴机制，降低学校开放风险", lead: ["区财政局"], responsible: [], cooperating: ["区教育体育局"], deadline: ["by", null, "2022-03-31"] },
    ]);
  });
});

describe("inputs that are no gazette", () => {
  it("answers with a clear error code, never a crash", () => {
    expect(codeOf(() => parse("novel.txt"))).toBe("not-a-gazette");
    expect(codeOf(() => parse("readme-en.txt"))).toBe("not-a-gazette");
    expect(codeOf(() => parseIssue(new Uint8Array(0), { file: "empty.txt" }))).toBe("empty-input");
    expect(codeOf(() => parseIssue("  \n\u3000\n", { file: "blank.txt" }))).toBe("empty-input");
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256);
    expect(codeOf(() => parseIssue(binary, { file: "random.bin" }))).toBe("binary-input");
    expect(codeOf(() => parseIssue(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]), { file: "a.pdf" }))).toBe("binary-input");
  });
});
