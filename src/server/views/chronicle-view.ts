/** 大事记 as a timeline grouped by date. */
import { html, type SafeHtml } from "./html.ts";
import { formatDate } from "./format.ts";

/** One chronicle entry ready to show. */
export interface TimelineEvent {
  date: string | null;
  text: string;
  href?: string | undefined;
}

/** Events grouped under their dates, in the order given. */
export function timeline(events: TimelineEvent[], label: string): SafeHtml {
  const days: Array<{ date: string | null; items: TimelineEvent[] }> = [];
  for (const event of events) {
    const last = days[days.length - 1];
    if (last && last.date === event.date) last.items.push(event);
    else days.push({ date: event.date, items: [event] });
  }
  return html`<dl class="timeline" aria-label="${label}">${days.map((day) => html`<dt>${day.date ? html`<time datetime="${day.date}">${formatDate(day.date)}</time>` : "日期不详"}</dt>
${day.items.map((e) => html`<dd>${e.text}${e.href ? html` <a href="${e.href}" class="muted">（出处）</a>` : ""}</dd>`)}`)}</dl>`;
}
