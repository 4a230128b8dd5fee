/** A best-effort name for what a goal measures, read around its number. */

const LEADING_VERBS = /^(?:力争|争取|确保|实现|稳步|继续|持续|重点|新|再)*(?:推进|建成|新建|建设|培育|培养|培训|创建|实施|完成|打造|遴选|选树|评选表彰|命名|整合设置|设置|选派|统筹|改造提升|保障|组织|开展)?/u;
const COMPARATOR_WORDS = /(?:不得少于|不得低于|不得超过|不低于|不少于|至少|最少|不超过|控制在|提高到|提升到|下降到|达到|达|稳定在|须|要)+$/u;

/** Names the measured thing: the noun after the count, else the phrase before the number. */
export function guessMetric(segment: string, numberAt: number, unitEnd: number): string {
  const after = segment.slice(unitEnd).replace(/^(?:及以上|以上|以下|以内)/u, "").replace(/^的/u, "").trim();
  if (after !== "" && /^[\p{Script=Han}“（(]/u.test(after)) return after;
  const before = segment.slice(0, numberAt).replace(COMPARATOR_WORDS, "").replace(LEADING_VERBS, "").trim();
  return before === "" ? segment.trim() : before;
}
