/**
 * The masthead (刊头 and 版权页): publication name, frequency, year/number, cumulative number,
 * date, editorial board and the imprint keys (主管, 主办, 编辑出版, 地址 …). Read from the front
 * matter — the lines before the first document — as `key：value` lines whose values may run on.
 */
import type { Publication } from "../../model/index.ts";
import { parseChineseInt, parseDateLiteral } from "../numerals/index.ts";
import { cleanLine, removeSpaces } from "../text/index.ts";

type Field =
  | "director" | "deputyDirectors" | "members" | "editorInChief" | "editors"
  | "supervisor" | "sponsor" | "publisher" | "printer"
  | "address" | "postcode" | "phone" | "fax" | "email" | "website";

const KEYS: [RegExp, Field][] = [
  [/^副主任$/u, "deputyDirectors"],
  [/^主任$/u, "director"],
  [/^(委员|编委)$/u, "members"],
  [/^(主编|总编辑)$/u, "editorInChief"],
  [/^(责任编辑|编辑人员)$/u, "editors"],
  [/^主管(单位)?$/u, "supervisor"],
  [/^主办(单位)?$/u, "sponsor"],
  [/^(编辑出版|编辑|出版|编印|编辑单位)$/u, "publisher"],
  [/^(印刷|承印|印刷单位)$/u, "printer"],
  [/^(地址|通讯地址|社址)$/u, "address"],
  [/^(邮政编码|邮编)$/u, "postcode"],
  [/^(电话|联系电话)$/u, "phone"],
  [/^传真$/u, "fax"],
  [/^(邮箱|电子邮箱|电子信箱|e-?mail)$/iu, "email"],
  [/^(网址|网站|网站地址)$/u, "website"],
];
const LIST_FIELDS = new Set<Field>(["director", "deputyDirectors", "members", "editorInChief", "editors"]);

/** The issue-level facts the masthead prints. */
export interface Masthead {
  publication: Publication;
  year: number | null;
  number: number | null;
  cumulativeNumber: number | null;
  date: string | null;
}

function readKey(text: string): { field: Field; value: string } | null {
  const m = /^([^：:]{1,8})[：:]\s*(.*)$/u.exec(text);
  if (!m) return null;
  const key = removeSpaces(m[1] ?? "");
  const hit = KEYS.find(([re]) => re.test(key));
  return hit ? { field: hit[1], value: (m[2] ?? "").trim() } : null;
}

/** Splits a printed list of names; `马 艳` (a two-character name padded to width) is one name. */
export function splitNames(text: string): string[] {
  const tokens = text.split(/[\s\u3000、，,；;]+/u).filter(Boolean);
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    const next = tokens[i + 1];
    if (t.length === 1 && next !== undefined && next.length === 1) {
      names.push(t + next);
      i++;
    } else names.push(t);
  }
  return names;
}

function emptyPublication(): Publication {
  return {
    name: null, frequency: null, supervisor: null, sponsor: null, publisher: null, printer: null,
    editorialBoard: { director: [], deputyDirectors: [], members: [] },
    editorInChief: [], editors: [],
    contact: { address: null, postcode: null, phone: null, fax: null, email: null, website: null },
  };
}

function findName(lines: readonly string[]): string | null {
  const texts = lines.map((l) => removeSpaces(cleanLine(l)));
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] ?? "";
    if (t === "") continue;
    if (/公报$/u.test(t) && t.length <= 30 && t.length >= 4) return t;
    // A cover often breaks the name over two lines (`大武口区人` / `民政府公报`).
    const joined = t + (texts[i + 1] ?? "");
    if (/公报$/u.test(joined) && joined.length <= 30 && !/公报/u.test(t)) return joined;
  }
  return null;
}

function assign(pub: Publication, field: Field, parts: string[]): void {
  if (LIST_FIELDS.has(field)) {
    const names = parts.flatMap(splitNames);
    if (field === "director") pub.editorialBoard.director.push(...names);
    else if (field === "deputyDirectors") pub.editorialBoard.deputyDirectors.push(...names);
    else if (field === "members") pub.editorialBoard.members.push(...names);
    else if (field === "editorInChief") pub.editorInChief.push(...names);
    else pub.editors.push(...names);
    return;
  }
  let value = parts.join("").replace(/\s+/gu, field === "address" ? "" : " ").trim();
  if (field === "website") value = value.replace(/^<|>$/gu, "");
  if (value === "") return;
  if (field in pub.contact) (pub.contact as Record<string, string | null>)[field] = value;
  else (pub as unknown as Record<string, string | null>)[field] = value;
}

const STOP = /^(目录|目\s*录|【|第.{1,4}期|[（(]?总第|[（(]?(月刊|半月刊|旬刊|季刊|双月刊)|\d{4}\s*年)/u;

/** Reads the masthead from the front-matter lines (0-based indexes `from`..`to`, TOC excluded by `skip`). */
export function parseMasthead(lines: readonly string[], from: number, to: number, skip: (index: number) => boolean): Masthead {
  const pub = emptyPublication();
  const front = lines.slice(from, to);
  pub.name = findName(front);
  let year: number | null = null;
  let number: number | null = null;
  let cumulativeNumber: number | null = null;
  let date: string | null = null;
  let open: { field: Field; parts: string[] } | null = null;
  const close = (): void => {
    if (open) assign(pub, open.field, open.parts);
    open = null;
  };
  for (let i = from; i < to; i++) {
    if (skip(i)) { close(); continue; }
    const text = cleanLine(lines[i] ?? "");
    if (text === "") continue;
    const bare = removeSpaces(text);
    const freq = /^[（(]?(月刊|半月刊|旬刊|季刊|双月刊|周刊)[）)]?$/u.exec(bare);
    if (freq) { close(); pub.frequency = freq[1] ?? null; continue; }
    // `2022年第1期（总第37期）` may share one line: the issue number is the 第…期 not after 总.
    const issueNo = /(?:(\d{4}|[〇○零一二三四五六七八九]{4})年)?(?<!总)第([\d〇○零一二三四五六七八九十]+)期/u.exec(bare);
    const cumulative = /总第([\d〇○零一二三四五六七八九十百]+)期/u.exec(bare);
    if (issueNo || cumulative) {
      close();
      if (issueNo?.[1]) year = parseChineseInt(issueNo[1]);
      if (issueNo) number = parseChineseInt(issueNo[2] ?? "");
      if (cumulative) cumulativeNumber = parseChineseInt(cumulative[1] ?? "");
      continue;
    }
    // `出版日期：二〇二一年十月十五日`: the issue's date under a key.
    const dated = /^(出版日期|出版时间|印发日期|发行日期)[：:]/u.exec(bare);
    const keyedDate = dated ? parseDateLiteral(bare.slice(dated[0].length)) : null;
    if (keyedDate) {
      close();
      date ??= keyedDate.iso;
      year ??= keyedDate.year;
      continue;
    }
    const key = readKey(text);
    if (key) {
      close();
      open = { field: key.field, parts: key.value ? [key.value] : [] };
      continue;
    }
    const literal = parseDateLiteral(bare);
    if (literal && literal.text.length >= bare.length - 1) {
      close();
      date ??= literal.iso;
      year ??= literal.year;
      continue;
    }
    if (open && !STOP.test(bare) && bare.length <= 24) {
      (open as { parts: string[] }).parts.push(text);
      continue;
    }
    close();
  }
  close();
  return { publication: pub, year, number, cumulativeNumber, date };
}
