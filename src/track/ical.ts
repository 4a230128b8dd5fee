/**
 * An iCalendar (RFC 5545) feed of deadlines and reporting duties, for a unit to subscribe to in
 * its calendar: all-day events, stable UIDs so that a re-fetch updates rather than duplicates,
 * text escaped and lines folded at 75 octets without splitting a UTF-8 character.
 */

/** One all-day event. */
export interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description?: string | undefined;
  url?: string | undefined;
}

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/\\/gu, "\\\\").replace(/;/gu, "\\;").replace(/,/gu, "\\,").replace(/\r\n|\r|\n/gu, "\\n");
}

/** Folds a content line into CRLF-joined lines of at most 75 octets (continuations start with a space). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n");
}

function compactDate(iso: string): string {
  return iso.replace(/-/gu, "");
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/gu, "").replace(/\.\d{3}/u, "");
}

/** The calendar text; `now` is the DTSTAMP, so equal inputs give equal bytes. */
export function icalendar(input: { name: string; events: CalendarEvent[]; now: Date }): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//gongbao//督查督办//ZH",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(input.name)}`,
    "X-WR-TIMEZONE:Asia/Shanghai",
  ];
  const events = [...input.events].sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${stamp(input.now)}`,
      `DTSTART;VALUE=DATE:${compactDate(e.date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(e.date))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      // A URI is not TEXT: it is not escaped, but a line break would end the property early.
      ...(e.url ? [`URL:${e.url.replace(/[\r\n]/gu, "")}`] : []),
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
