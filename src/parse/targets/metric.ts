/** A best-effort name for what a goal measures, read around its number. */
import { isSpace } from "../../model/spaces.ts";
import { CharSet, codeAt } from "../chars/char-set.ts";

/** A list of words looked up at one position, most positions turned away by their first character. */
export class WordList {
  private readonly words: readonly string[];
  private readonly first = new CharSet();

  constructor(words: readonly string[]) {
    this.words = words;
    for (const w of words) this.first.add(w.charCodeAt(0));
  }

  /** The first word listed that is printed whole at `at` within `[at, end)`, or null. */
  at(text: string, at: number, end: number): string | null {
    if (at >= end || !this.first.has(codeAt(text, at))) return null;
    for (const w of this.words) if (at + w.length <= end && text.startsWith(w, at)) return w;
    return null;
  }
}

// `^(?:力争|…|再)*(?:推进|…|开展)?`: leading adverbs, then at most one verb, stripped from the front.
const LEADING_ADVERBS = new WordList(["力争", "争取", "确保", "实现", "稳步", "继续", "持续", "重点", "新", "再"]);
const LEADING_VERBS = new WordList([
  "推进", "建成", "新建", "建设", "培育", "培养", "培训", "创建", "实施", "完成", "打造", "遴选", "选树",
  "评选表彰", "命名", "整合设置", "设置", "选派", "统筹", "改造提升", "保障", "组织", "开展",
]);
// `(?:不得少于|…|要)+$`: comparator words stripped from the end of the phrase before the number.
const COMPARATOR_WORDS = [
  "不得少于", "不得低于", "不得超过", "不低于", "不少于", "至少", "最少", "不超过", "控制在", "提高到", "提升到",
  "下降到", "达到", "达", "稳定在", "须", "要",
];
const LONGEST = Math.max(...COMPARATOR_WORDS.map((w) => w.length));
// Characters a comparator word starts with: elsewhere no run can start, and the words go unread.
const WORD_START = new CharSet(COMPARATOR_WORDS.map((w) => w.charAt(0)).join(""));
const AFTER_WORDS = new WordList(["及以上", "以上", "以下", "以内"]);
const HAN_START = /[\p{Script=Han}“（(]/uy;

/**
 * Where a run of comparator words ending exactly at `end` starts, earliest first as the
 * regex finds it (`end` for none): read backwards, position by position, each run's start
 * being a word that ends on a later start (or on `end`).
 */
export function comparatorTailStart(text: string, from: number, end: number): number {
  let start = end;
  // Bit j: a run starts at s + 1 + j (or s + 1 + j is `end`). Once the last LONGEST positions
  // hold none, no word ending on one can start earlier, and the search stops.
  let window = 1;
  for (let s = end - 1; s >= from && window !== 0; s--) {
    let runs = false;
    if (WORD_START.has(text.charCodeAt(s))) for (const w of COMPARATOR_WORDS) {
      if (((window >> (w.length - 1)) & 1) === 1 && s + w.length <= end && text.startsWith(w, s)) {
        runs = true;
        break;
      }
    }
    if (runs) start = s;
    window = ((window << 1) | (runs ? 1 : 0)) & ((1 << LONGEST) - 1);
  }
  return start;
}

/** `text.slice(from, to).trim()`, with one slice. */
function trimmed(text: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return text.slice(a, b);
}

/**
 * `guessMetric` on the segment `[from, to)` of `text`, with `numberAt` and `unitEnd` offsets
 * into `text` too: no slice but the name returned.
 */
export function guessMetricIn(text: string, from: number, to: number, numberAt: number, unitEnd: number): string {
  // The noun after the count, past a comparator suffix and a `的`.
  let a = unitEnd;
  a += AFTER_WORDS.at(text, a, to)?.length ?? 0;
  if (a < to && text.charCodeAt(a) === 0x7684) a++; // 的
  while (a < to && isSpace(text.charCodeAt(a))) a++;
  let b = to;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (a < b) {
    const c = text.charCodeAt(a);
    // The common ideographs are all Han; anything else asks the regex.
    if (c >= 0x4e00 && c <= 0x9fff) return text.slice(a, b);
    HAN_START.lastIndex = a;
    if (HAN_START.test(text)) return text.slice(a, b);
  }
  // Else the phrase before the number, less its comparator words and leading verbs.
  const end = comparatorTailStart(text, from, numberAt);
  let p = from;
  for (let w = LEADING_ADVERBS.at(text, p, end); w !== null; w = LEADING_ADVERBS.at(text, p, end)) p += w.length;
  p += LEADING_VERBS.at(text, p, end)?.length ?? 0;
  const before = trimmed(text, p, end);
  return before === "" ? trimmed(text, from, to) : before;
}

/** Names the measured thing: the noun after the count, else the phrase before the number. */
export function guessMetric(segment: string, numberAt: number, unitEnd: number): string {
  return guessMetricIn(segment, 0, segment.length, numberAt, unitEnd);
}
