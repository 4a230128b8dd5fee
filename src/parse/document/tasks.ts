/**
 * Tasks: measures that name responsible organisations, in every printed form — a unit block
 * after the measure (`责任单位：…`), the same inline in closing parentheses, a paragraph opening
 * with an organisation and a colon (`区财政局：…`), a section headed by an organisation alone,
 * and a row of a plan table (see ./table-tasks.ts).
 */
import type { Deadline, OrgRef, Task } from "../../model/index.ts";
import { isSpace } from "../../model/spaces.ts";
import { parseDeadline } from "../deadline/index.ts";
import { splitUnitList } from "../orgs/index.ts";
import { extractTargets } from "../targets/index.ts";
import { blockKeyOf, blockValue } from "../text/block-key.ts";
import { INLINE_BLOCK, looksLikeOrgName, stripMarkdown, type Paragraph } from "../text/index.ts";
import { orgRef, type ParseContext } from "./context.ts";
import { headingTitle, type OutlineNode } from "./outline.ts";

/** Roles and deadline read from unit blocks. */
interface Units {
  lead: string[];
  responsible: string[];
  cooperating: string[];
  deadline: string | null;
}

function emptyUnits(): Units {
  return { lead: [], responsible: [], cooperating: [], deadline: null };
}

/** `text` without one closing `。` or `.` (what `/[。.]$/` replaces). */
export function dropFinalStop(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x3002 || last === 0x2e ? text.slice(0, -1) : text;
}

const isCut = (c: number): boolean => c === 0xff1b || c === 0x3b || c === 0xff0c || c === 0x2c;

/** Adds the part `text[from, end)` of a block when it opens (after spaces) with a key. */
function addPart(units: Units, text: string, from: number, end: number): void {
  let at = from;
  while (at < end && isSpace(text.charCodeAt(at))) at++;
  const key = blockKeyOf(text, at);
  if (key === null) return;
  const value = blockValue(text, key, at, end);
  if (key.role === "deadline") units.deadline = dropFinalStop(value);
  else splitUnitList(value, units[key.role]);
}

/**
 * Adds a unit block, cut before each key that follows a `；;，,` (as `split` on
 * `[；;，,]\s*(?=key\s*[:：])` cuts it), part by part as the cuts are found: no part strings,
 * and the key is tried only after those four characters, and only before the last colon.
 */
function addBlock(units: Units, text: string): void {
  const lastColon = Math.max(text.lastIndexOf("："), text.lastIndexOf(":"));
  let start = 0;
  for (let i = 0; i < lastColon; i++) {
    if (!isCut(text.charCodeAt(i))) continue;
    let at = i + 1;
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (blockKeyOf(text, at) === null) continue;
    addPart(units, text, start, i);
    start = i + 1;
  }
  addPart(units, text, start, text.length);
}

/** Where an inline `（责任单位：…）` opens at the end of a paragraph, or -1. */
function inlineBlockAt(text: string): number {
  const m = INLINE_BLOCK.exec(text);
  return m === null ? -1 : m.index;
}

/**
 * The inline block opening at `at`, without its closing bracket and what may follow it (what
 * `/[）)]\s*[。.]?\s*$/` would replace, read backwards from the end: one slice, no regex scan).
 */
function inlineBlockText(text: string, at: number): string {
  const from = at + 1;
  let end = text.length;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  const stop = text.charCodeAt(end - 1);
  if (end > from && (stop === 0x3002 || stop === 0x2e)) {
    end--;
    while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  }
  const close = text.charCodeAt(end - 1);
  return text.slice(from, end > from && (close === 0xff09 || close === 0x29) ? end - 1 : text.length);
}

/** Takes an inline `（责任单位：…）` off the end of a paragraph, returning the rest and the block. */
export function takeInlineBlock(text: string): { rest: string; block: string | null } {
  const at = inlineBlockAt(text);
  if (at < 0) return { rest: text, block: null };
  return { rest: text.slice(0, at).trim(), block: inlineBlockText(text, at) };
}

function hasUnits(units: Units | null): units is Units {
  return units !== null && units.lead.length + units.responsible.length + units.cooperating.length > 0;
}

// Output arrays are made at their final size: a pushed array keeps 16 or more spare slots, and
// each is copied twice by the young-generation GC before it settles (a third of a big parse's GC).
function pathOf(node: OutlineNode): string[] {
  let depth = 0;
  for (let n: OutlineNode | null = node; n; n = n.parent) depth++;
  const path = new Array<string>(depth);
  for (let n: OutlineNode | null = node; n; n = n.parent) path[--depth] = n.section.label;
  return path;
}

function refs(names: readonly string[], ctx: ParseContext): OrgRef[] {
  const out = new Array<OrgRef>(names.length);
  for (let i = 0; i < names.length; i++) out[i] = orgRef(ctx, names[i] as string);
  return out;
}

/** The year as deadline and target readers take it: one object for all of a run's tasks (they only read it). */
export function yearOptions(ctx: ParseContext): { year?: number } {
  return ctx.year === undefined ? {} : { year: ctx.year };
}

/** A deadline read in the context of the year (see `yearOptions`), or null for no text. */
export function deadlineOf(text: string | null, options: { year?: number }): Deadline | null {
  if (text === null || text.trim() === "") return null;
  return parseDeadline(text, options);
}

/** What every task of one outline shares. */
interface Run {
  ctx: ParseContext;
  source: Task["source"];
  options: { year?: number };
}

function buildTask(path: string[], title: string, units: Units, measure: string, span: { startLine: number; endLine: number }, run: Run): Task {
  const deadline = deadlineOf(units.deadline, run.options);
  return {
    path, title,
    lead: refs(units.lead, run.ctx),
    responsible: refs(units.responsible, run.ctx),
    cooperating: refs(units.cooperating, run.ctx),
    deadline,
    targets: extractTargets(measure, run.options),
    source: run.source,
    span,
  };
}

/** A task's units: one organisation responsible. */
function responsibleOnly(org: string): Units {
  return { lead: [], responsible: [org], cooperating: [], deadline: null };
}

const COLON = /[：:]/u;
const ORG_COLON = /^([^：:，。；、,（(]{2,30}?)(负责)?[：:]\s*(.+)$/u;
const COLLECTIVE = /^(附件|各|相关|有关)/u;

/** An `X：…` duty paragraph's organisation and duty text, when X is an organisation. */
export function readOrgDuty(text: string): { org: string; duty: string } | null {
  // Most paragraphs hold no colon at all, and ORG_COLON needs one: one scan looks for both.
  return COLON.test(text) ? orgDutyOf(text) : null;
}

/** `readOrgDuty` for a text known to hold a colon. */
function orgDutyOf(text: string): { org: string; duty: string } | null {
  const m = ORG_COLON.exec(stripMarkdown(text));
  if (!m) return null;
  const org = (m[1] ?? "").trim();
  if (!looksLikeOrgName(org) || blockKeyOf(text) !== null || COLLECTIVE.test(org)) return null;
  return { org, duty: m[3] ?? "" };
}

/** A measure's text: the heading's part, then its paragraphs, as one flat string (join builds one). */
function measureOf(head: string, paragraphs: string[] | null): string {
  if (paragraphs === null) return head;
  paragraphs.unshift(head);
  return paragraphs.join("");
}

function firstSentence(text: string): string {
  return headingTitle(text, 0, text.length);
}

const NOT_AN_ORG = /^(各|相关|有关|其他|其它)/u;

/** A duty paragraph under a node: its organisation, duty and paragraph. */
interface Duty {
  org: string;
  duty: string;
  p: Paragraph;
}

/**
 * The tasks of an outline, added to `tasks`. Most nodes yield none, so a node allocates little
 * until it does: its units are made by its first block, and its measure is one string grown
 * paragraph by paragraph (no array), the heading's part sliced only for a task.
 */
export function tasksFromOutline(nodes: readonly OutlineNode[], source: Task["source"], ctx: ParseContext, tasks: Task[] = []): Task[] {
  const run: Run = { ctx, source, options: yearOptions(ctx) };
  // Index loops: for-of iterator results are not always optimised away in loops this size.
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n] as OutlineNode;
    let units: Units | null = null;
    let duties: Duty[] | null = null;
    const heading = node.heading.text;
    // An inline block and an `X：` duty both need a colon: a heading without one is tested once.
    const headingColon = COLON.test(heading);
    const headingBlock = headingColon ? inlineBlockAt(heading) : -1;
    if (headingBlock >= 0) addBlock((units = emptyUnits()), inlineBlockText(heading, headingBlock));
    // The measure is the heading's text after its label, then the paragraphs read before any unit.
    const head = headingBlock >= 0 ? heading.slice(0, headingBlock).trim() : heading;
    // The paragraphs of the measure, joined once for a task: a string grown by `+=` is a rope that
    // the targets' char-by-char scan would flatten (a copy) and then read through an indirection.
    let measure: string[] | null = null;
    let end = node.heading.end;
    for (let i = 0; i < node.paragraphs.length; i++) {
      const p = node.paragraphs[i] as Paragraph;
      if (p.table) continue;
      const text = p.text;
      if (blockKeyOf(text) !== null) {
        addBlock((units ??= emptyUnits()), text);
        end = Math.max(end, p.end);
        continue;
      }
      // Both an `X：` duty and an inline block need a colon: a paragraph without one is neither.
      if (!COLON.test(text)) {
        if (!hasUnits(units)) (measure ??= []).push(text);
        end = Math.max(end, p.end);
        continue;
      }
      const duty = orgDutyOf(text);
      if (duty) {
        (duties ??= []).push({ org: duty.org, duty: duty.duty, p });
        continue;
      }
      const block = inlineBlockAt(text);
      if (block >= 0) addBlock((units ??= emptyUnits()), inlineBlockText(text, block));
      if (!hasUnits(units)) (measure ??= []).push(block >= 0 ? text.slice(0, block).trim() : text);
      end = Math.max(end, p.end);
    }
    // Most nodes yield no task: their path is only built for one that does (and shared by its tasks).
    let path: string[] | null = null;
    if (hasUnits(units)) {
      tasks.push(buildTask((path ??= pathOf(node)), node.section.title, units, measureOf(head.slice(node.label.raw.length), measure), { startLine: node.heading.start, endLine: end }, run));
    } else if (node.children.length === 0) {
      // `一、区应急管理局：牵头组织…`: a numbered duty paragraph opening with its organisation.
      const headingDuty = headingColon ? readOrgDuty(heading.slice(node.label.raw.length)) : null;
      if (headingDuty) {
        tasks.push(buildTask((path ??= pathOf(node)), firstSentence(headingDuty.duty), responsibleOnly(headingDuty.org), headingDuty.duty, { startLine: node.heading.start, endLine: end }, run));
      } else if (duties === null && looksLikeOrgName(node.section.title) && !NOT_AN_ORG.test(node.section.title)) {
        // A 职责分工 list: the heading is the organisation, what follows is its duty.
        const duty = node.rest || node.paragraphs.find((q) => !q.table)?.text || "";
        if (duty) tasks.push(buildTask((path ??= pathOf(node)), firstSentence(duty), responsibleOnly(node.section.title), duty, { startLine: node.heading.start, endLine: end }, run));
      }
    }
    if (duties === null) continue;
    for (const d of duties) {
      tasks.push(buildTask((path ??= pathOf(node)), firstSentence(d.duty), responsibleOnly(d.org), d.duty, { startLine: d.p.start, endLine: d.p.end }, run));
    }
  }
  return tasks;
}
