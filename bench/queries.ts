/** The fixed query set of the publishing benchmarks, written to bench/out/queries.json. */

/** One benchmark query: search text and filters; `orgName` is resolved to an org id after import. */
export interface BenchQuery {
  kind: "word" | "phrase" | "compound" | "filter" | "docnumber" | "multi" | "sorted";
  q: string;
  category?: string;
  genre?: string;
  year?: number;
  orgName?: string;
  sort?: "relevance" | "date";
}

/** Kinds whose recall is measured against exact substring matching (one term, no filters). */
export const RECALL_KINDS: ReadonlySet<BenchQuery["kind"]> = new Set(["word", "phrase", "compound"]);

const words = ["近视", "低保", "网格", "考核", "督查", "乡村", "教育", "审批", "企业", "污染", "表彰", "防控", "产业", "医疗", "培训", "验收", "补贴", "整改"];
const phrases = [
  "乡村振兴", "巩固拓展脱贫攻坚成果", "网格化监管", "儿童青少年近视", "基层审批服务便民化", "学在大武口", "见义勇为",
  "散乱污", "农村人居环境整治", "高标准农田", "义务教育", "政务服务", "防返贫监测", "责任单位", "完成时限",
];
// Words that only occur inside longer compounds (振兴 in 乡村振兴, 格化 in 网格化): bigram recall must find them.
const compounds = ["振兴", "攻坚", "格化", "青少", "便民", "人居", "脱贫", "监管", "视力", "治理"];

/** At least 50 queries: words, phrases, words inside compounds, filters, 发文字号 spellings, multi-word, date sort. */
export const QUERIES: BenchQuery[] = [
  ...words.map((q): BenchQuery => ({ kind: "word", q })),
  ...phrases.map((q): BenchQuery => ({ kind: "phrase", q })),
  ...compounds.map((q): BenchQuery => ({ kind: "compound", q })),
  { kind: "filter", q: "考核", year: 2021 },
  { kind: "filter", q: "实施方案", genre: "通知" },
  { kind: "filter", q: "乡村振兴", category: "党政联合发文件" },
  { kind: "filter", q: "近视", orgName: "区教育体育局" },
  { kind: "filter", q: "网格", orgName: "区生态环境分局", year: 2015 },
  { kind: "filter", q: "表彰", genre: "决定", year: 2024 },
  { kind: "docnumber", q: "石大政办发〔2021〕9号" },
  { kind: "docnumber", q: "政办发 9号" },
  { kind: "docnumber", q: "石大政办发2021年9号" },
  { kind: "docnumber", q: "石大党发〔2019〕23号" },
  { kind: "docnumber", q: "石大政发[2010]20号" },
  { kind: "multi", q: "乡村 振兴" },
  { kind: "multi", q: "教育 考核" },
  { kind: "multi", q: "网格 监管 责任" },
  { kind: "sorted", q: "近视", sort: "date" },
  { kind: "sorted", q: "乡村振兴", sort: "date" },
];
