/**
 * A chronicle (大事记): its period and one event per dated entry. `X月X日，…` opens an event,
 * `同日，…` (also after `；` inside a line) is a new event on the previous date.
 */
import type { Event, Period, Person } from "../../model/index.ts";
import { foldDigitSpaces, isValidDate, isoDate, lastDayOfMonth, parseDateLiteral } from "../numerals/index.ts";
import { removeSpaces, type Paragraph } from "../text/index.ts";
import { warn, type ParseContext } from "./context.ts";

const DATED = /^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[，,、:：]?\s*/u;
const SAME_DAY = /^同日\s*[，,]?\s*/u;
const SPLIT = /[；;](?=\s*(?:同日|\d{1,2}\s*月\s*\d{1,2}\s*日))/u;
const TITLES = "副区长|区长|副县长|县长|副市长|市长|副书记|书记|副主任|主任|副部长|部长|副局长|局长|副主席|主席|秘书长|副镇长|镇长";
const PERSON = new RegExp(`(?:^|[，、；,;\\s])([\\p{Script=Han}]{2,3}?)(${TITLES})(?=[，、；,;\\s]|参加|陪同|主持|出席|调研|召开|带队|会见|率|一行|$)`, "gu");
const NOT_NAMES = /(主要|领导|成员|班子|分管|有关|相关|政府|党委|人大|政协)/u;

/** Named officials in an entry: a name directly followed by a title (区长, 副区长 …). */
export function peopleIn(text: string): Person[] {
  const people: Person[] = [];
  for (const m of text.matchAll(PERSON)) {
    let name = m[1] ?? "";
    const title = m[2] ?? "";
    // `汤瑞区区长`: a character doubled where the title begins belongs to neither.
    if (name.length === 3 && title.startsWith(name.slice(-1))) name = name.slice(0, -1);
    if (NOT_NAMES.test(name)) continue;
    people.push({ name, title });
  }
  return people;
}

function readPeriod(text: string, line: number, ctx: ParseContext): Period | null {
  const parts = removeSpaces(text).split(/[—–\-－~～至到]+/u);
  if (parts.length !== 2) return null;
  const [a, b] = parts.map((p) => parseDateLiteral(p));
  if (!a || !b) return null;
  for (const d of [a, b]) if (!d.iso) warn(ctx, line, "invalid-date", `${d.text} does not exist`);
  const clamp = (d: typeof a): string => d.iso ?? (isValidDate(d.year, d.month, 1) ? isoDate(d.year, d.month, lastDayOfMonth(d.year, d.month)) : "");
  return { text: removeSpaces(text), start: clamp(a) || null, end: clamp(b) || null };
}

function closeText(text: string): string {
  return foldDigitSpaces(text).replace(/[；;，,。.\s]+$/u, "").trim();
}

/** Reads a chronicle's paragraphs (after its heading) into its period and events. */
export function parseChronicle(paragraphs: readonly Paragraph[], ctx: ParseContext): { period: Period | null; events: Event[] } {
  let period: Period | null = null;
  const events: Event[] = [];
  let year = ctx.year;
  let date: string | null = null;
  for (const p of paragraphs) {
    if (p.table) continue;
    if (!period && events.length === 0) {
      period = readPeriod(p.text, p.start, ctx);
      if (period) {
        year = period.start ? Number(period.start.slice(0, 4)) : year;
        continue;
      }
    }
    for (const entry of p.text.split(SPLIT)) {
      const text = entry.trim();
      const dated = DATED.exec(text);
      let body: string;
      if (dated) {
        const y = dated[1] ? Number(dated[1]) : year;
        const month = Number(dated[2]);
        const day = Number(dated[3]);
        if (y !== undefined && isValidDate(y, month, day)) date = isoDate(y, month, day);
        else {
          date = null;
          warn(ctx, p.start, "invalid-date", `${y ?? ""}年${month}月${day}日 does not exist`);
        }
        body = text.slice(dated[0].length);
      } else if (SAME_DAY.test(text)) {
        body = text.replace(SAME_DAY, "");
      } else if (events.length > 0) {
        // A line that continues the previous entry.
        const last = events[events.length - 1] as Event;
        last.text = closeText(`${last.text}${text}`);
        last.people = peopleIn(last.text);
        continue;
      } else continue;
      const eventText = closeText(body);
      if (eventText === "") continue;
      events.push({ date, text: eventText, people: peopleIn(eventText), line: p.start });
    }
  }
  return { period, events };
}
