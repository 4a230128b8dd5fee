/**
 * The 督查通报: a bulletin for a period listing, unit by unit, what was completed, what lags and
 * what is overdue. It is built as a `gongbao/issue@1` Document so that it can be published in
 * the next issue of the gazette and read by everything that reads parsed documents.
 */
import { Document, type Section } from "../model/issue.ts";

/** One task as a bulletin lists it. */
export interface BulletinItem {
  title: string;
  deadline: string | null;
  /** Why it lags or how late it is, e.g. `已逾期 12 天`. */
  note?: string | undefined;
}

/** One unit's work in the period. */
export interface BulletinUnit {
  name: string;
  completed: BulletinItem[];
  lagging: BulletinItem[];
  overdue: BulletinItem[];
}

/** What a bulletin is built from. */
export interface BulletinInput {
  period: { label: string; start: string; end: string };
  issuer: string;
  date: string;
  units: BulletinUnit[];
  seq?: number | undefined;
  docNumber?: string | null | undefined;
  recipients?: string[] | undefined;
  requirements?: string[] | undefined;
}

/** The 下步要求 printed when the supervisor writes none. */
export const DEFAULT_REQUIREMENTS = [
  "各责任单位要对照任务清单，逐项梳理推进情况，对进展滞后的任务制定整改措施，明确完成时限。",
  "对逾期未完成的任务，责任单位要书面说明原因，于通报印发后10日内报区督查室。",
  "各单位要按时报送季度进展情况，区督查室将对缺报、迟报情况予以通报并纳入年度考核。",
];

const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** A Chinese numeral for 1–99, as outline labels use it (十一, 二十). */
export function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n >= 100) return String(n);
  return `${tens === 1 ? "" : DIGITS[tens]}十${DIGITS[ones] ?? ""}`;
}

function itemLine(item: BulletinItem, i: number): string {
  const extras = [item.deadline ? `完成时限 ${item.deadline}` : null, item.note ?? null].filter((x) => x !== null);
  return `${i + 1}.${item.title}${extras.length > 0 ? `（${extras.join("，")}）` : ""}`;
}

function listSection(label: string, title: string, units: BulletinUnit[], pick: (u: BulletinUnit) => BulletinItem[]): Section {
  const withItems = units.filter((u) => pick(u).length > 0);
  const children = withItems.map((u, i): Section => ({
    label: `（${chineseNumber(i + 1)}）`,
    level: 2,
    title: u.name,
    text: pick(u).map(itemLine).join("\n"),
    children: [],
  }));
  return { label, level: 1, title, text: children.length === 0 ? "无。" : "", children };
}

function count(units: BulletinUnit[], pick: (u: BulletinUnit) => BulletinItem[]): number {
  return units.reduce((n, u) => n + pick(u).length, 0);
}

/** The bulletin as a Document (checked against the schema before it is returned). */
export function buildBulletin(input: BulletinInput): Document {
  const { period, units } = input;
  const done = count(units, (u) => u.completed);
  const lagging = count(units, (u) => u.lagging);
  const overdue = count(units, (u) => u.overdue);
  const summary = `${period.start}至${period.end}，区督查室对${units.length}个责任单位承担的重点任务推进情况进行了督查。` +
    `其中，已完成${done}项，进展滞后${lagging}项，逾期未完成${overdue}项。现将有关情况通报如下。`;
  const requirements = input.requirements && input.requirements.length > 0 ? input.requirements : DEFAULT_REQUIREMENTS;
  const sections: Section[] = [
    { label: "一、", level: 1, title: "总体情况", text: summary, children: [] },
    listSection("二、", "已完成", units, (u) => u.completed),
    listSection("三、", "进展滞后", units, (u) => u.lagging),
    listSection("四、", "逾期未完成", units, (u) => u.overdue),
    { label: "五、", level: 1, title: "下步要求", text: requirements.map((r, i) => `${i + 1}.${r}`).join("\n"), children: [] },
  ];
  return Document.parse({
    seq: input.seq ?? 1,
    category: "督查通报",
    title: `关于${period.label}重点任务推进情况的通报`,
    docNumber: input.docNumber ?? null,
    docNumberParts: null,
    genre: "通报",
    issuers: [input.issuer],
    recipients: input.recipients ?? ["各镇（街道）", "区直各部门"],
    date: input.date,
    publicity: "此件公开发布",
    enclosures: [],
    sections,
    attachments: [],
    glossary: [],
    tasks: [],
    events: [],
    // Generated, not read from a gazette's text: the span is nominal.
    span: { startLine: 1, endLine: 1 },
  });
}
