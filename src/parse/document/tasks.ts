/**
 * Tasks: measures that name responsible organisations, in every printed form — a unit block
 * after the measure (`责任单位：…`), the same inline in closing parentheses, a paragraph opening
 * with an organisation and a colon (`区财政局：…`), a section headed by an organisation alone,
 * and a row of a plan table (see ./table-tasks.ts).
 */
import type { Deadline, OrgRef, Task } from "../../model/index.ts";
import { parseDeadline } from "../deadline/index.ts";
import { splitUnitList } from "../orgs/index.ts";
import { extractTargets } from "../targets/index.ts";
import { BLOCK_KEY, DEADLINE_KEYS, INLINE_BLOCK, looksLikeOrgName, ROLE_KEYS, stripMarkdown, type Paragraph } from "../text/index.ts";
import { orgRef, type ParseContext } from "./context.ts";
import { splitHeading, type OutlineNode } from "./outline.ts";

type Role = "lead" | "responsible" | "cooperating";

/** Roles and deadline read from unit blocks. */
interface Units {
  lead: string[];
  responsible: string[];
  cooperating: string[];
  deadline: string | null;
  lines: number[];
}

// What may follow a `；;，,` where a block holding several keys is cut (`责任单位：…；完成时限：…`).
const KEY_AFTER = new RegExp(`\\s*(?:${[...Object.keys(ROLE_KEYS), ...DEADLINE_KEYS].join("|")})\\s*[:：]`, "uy");

function emptyUnits(): Units {
  return { lead: [], responsible: [], cooperating: [], deadline: null, lines: [] };
}

/**
 * A block cut before each key that follows a `；;，,`, as `split` on `[；;，,]\s*(?=key\s*[:：])`
 * cuts it (up to the spaces the caller trims), but with the key tried only after those four
 * characters instead of the pattern at every one.
 */
function blockParts(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0xff1b && c !== 0x3b && c !== 0xff0c && c !== 0x2c) continue;
    KEY_AFTER.lastIndex = i + 1;
    if (!KEY_AFTER.test(text)) continue;
    parts.push(text.slice(start, i));
    start = i + 1;
  }
  parts.push(start === 0 ? text : text.slice(start));
  return parts;
}

// The captured key is a fresh string: a Map or Set finds it by hash, where a property lookup on
// ROLE_KEYS would first have to internalise it.
const ROLE_BY_KEY: ReadonlyMap<string, Role> = new Map(Object.entries(ROLE_KEYS));
const DEADLINE_KEY_SET: ReadonlySet<string> = new Set(DEADLINE_KEYS);

/** `text` without one closing `。` or `.` (what `/[。.]$/` replaces). */
export function dropFinalStop(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x3002 || last === 0x2e ? text.slice(0, -1) : text;
}

function addBlock(units: Units, text: string, line: number): void {
  for (const raw of blockParts(text)) {
    const part = raw.trim();
    const m = BLOCK_KEY.exec(part);
    if (!m) continue;
    const key = m[1] ?? "";
    const value = part.slice(m[0].length).trim();
    units.lines.push(line);
    if (DEADLINE_KEY_SET.has(key)) {
      units.deadline = dropFinalStop(value);
      continue;
    }
    const role = ROLE_BY_KEY.get(key) as Role;
    for (const name of splitUnitList(value)) units[role].push(name);
  }
}

/** Takes an inline `（责任单位：…）` off the end of a paragraph, returning the rest and the block. */
export function takeInlineBlock(text: string): { rest: string; block: string | null } {
  const m = INLINE_BLOCK.exec(text);
  if (!m) return { rest: text, block: null };
  const block = text.slice(m.index + 1).replace(/[）)]\s*[。.]?\s*$/u, "");
  return { rest: text.slice(0, m.index).trim(), block };
}

function hasUnits(units: Units): boolean {
  return units.lead.length + units.responsible.length + units.cooperating.length > 0;
}

function pathOf(node: OutlineNode): string[] {
  const path: string[] = [];
  // Pushed leaf first and reversed once: unshift moves every element each time.
  for (let n: OutlineNode | null = node; n; n = n.parent) path.push(n.section.label);
  return path.reverse();
}

function refs(names: readonly string[], ctx: ParseContext): OrgRef[] {
  return names.map((name) => orgRef(ctx, name));
}

/** A deadline read in the context of the year, or null for no text. */
export function deadlineOf(text: string | null, ctx: ParseContext): Deadline | null {
  if (text === null || text.trim() === "") return null;
  return parseDeadline(text, ctx.year === undefined ? {} : { year: ctx.year });
}

function buildTask(path: string[], title: string, units: Units, measure: string, source: Task["source"], span: { startLine: number; endLine: number }, ctx: ParseContext): Task {
  const deadline = deadlineOf(units.deadline, ctx);
  const year = ctx.year;
  return {
    path, title,
    lead: refs(units.lead, ctx),
    responsible: refs(units.responsible, ctx),
    cooperating: refs(units.cooperating, ctx),
    deadline,
    targets: extractTargets(measure, year === undefined ? {} : { year }),
    source,
    span,
  };
}

const COLON = /[：:]/u;
const ORG_COLON = /^([^：:，。；、,（(]{2,30}?)(负责)?[：:]\s*(.+)$/u;

/** An `X：…` duty paragraph's organisation and duty text, when X is an organisation. */
export function readOrgDuty(text: string): { org: string; duty: string } | null {
  // Most paragraphs hold no colon at all, and ORG_COLON needs one: one scan looks for both.
  if (!COLON.test(text)) return null;
  const m = ORG_COLON.exec(stripMarkdown(text));
  if (!m) return null;
  const org = (m[1] ?? "").trim();
  if (!looksLikeOrgName(org) || BLOCK_KEY.test(text) || /^(附件|各|相关|有关)/u.test(org)) return null;
  return { org, duty: m[3] ?? "" };
}

function firstSentence(text: string): string {
  return splitHeading(text).title;
}

/** The tasks of an outline. */
export function tasksFromOutline(nodes: readonly OutlineNode[], source: Task["source"], ctx: ParseContext): Task[] {
  const tasks: Task[] = [];
  for (const node of nodes) {
    const units = emptyUnits();
    const measure: string[] = [];
    const duties: { org: string; duty: string; p: Paragraph }[] = [];
    const headingInline = takeInlineBlock(node.heading.text);
    if (headingInline.block) addBlock(units, headingInline.block, node.heading.end);
    measure.push(headingInline.rest.slice(node.label.raw.length));
    let end = node.heading.end;
    for (const p of node.paragraphs) {
      if (p.table) continue;
      if (BLOCK_KEY.test(p.text)) { addBlock(units, p.text, p.start); end = Math.max(end, p.end); continue; }
      // Both an `X：` duty and an inline block need a colon: a paragraph without one is neither.
      if (!COLON.test(p.text)) {
        if (!hasUnits(units)) measure.push(p.text);
        end = Math.max(end, p.end);
        continue;
      }
      const duty = readOrgDuty(p.text);
      if (duty) { duties.push({ org: duty.org, duty: duty.duty, p }); continue; }
      const inline = takeInlineBlock(p.text);
      if (inline.block) addBlock(units, inline.block, p.end);
      if (!hasUnits(units)) measure.push(inline.rest);
      end = Math.max(end, p.end);
    }
    // Most nodes yield no task: their path is only built for one that does (and shared by its tasks).
    let path: string[] | null = null;
    const span = { startLine: node.heading.start, endLine: end };
    // `一、区应急管理局：牵头组织…`: a numbered duty paragraph opening with its organisation.
    const headingDuty = hasUnits(units) || node.children.length > 0 ? null : readOrgDuty(node.heading.text.slice(node.label.raw.length));
    if (hasUnits(units)) {
      tasks.push(buildTask((path ??= pathOf(node)), node.section.title, units, measure.join(""), source, span, ctx));
    } else if (headingDuty) {
      const org = emptyUnits();
      org.responsible.push(headingDuty.org);
      tasks.push(buildTask((path ??= pathOf(node)), firstSentence(headingDuty.duty), org, headingDuty.duty, source, span, ctx));
    } else if (duties.length === 0 && node.children.length === 0 && looksLikeOrgName(node.section.title) && !/^(各|相关|有关|其他|其它)/u.test(node.section.title)) {
      // A 职责分工 list: the heading is the organisation, what follows is its duty.
      const duty = node.rest || node.paragraphs.find((q) => !q.table)?.text || "";
      if (duty) {
        const org = emptyUnits();
        org.responsible.push(node.section.title);
        tasks.push(buildTask((path ??= pathOf(node)), firstSentence(duty), org, duty, source, span, ctx));
      }
    }
    for (const d of duties) {
      const org = emptyUnits();
      org.responsible.push(d.org);
      tasks.push(buildTask((path ??= pathOf(node)), firstSentence(d.duty), org, d.duty, source, { startLine: d.p.start, endLine: d.p.end }, ctx));
    }
  }
  return tasks;
}
