import { describe, expect, it } from "vitest";
import { escapeText, foldLine, icalendar } from "./ical.ts";

const now = new Date("2021-04-20T02:03:04.567Z");

describe("icalendar", () => {
  it("writes all-day events with CRLF, stable UIDs and the passed DTSTAMP", () => {
    const text = icalendar({
      name: "区教育体育局 督查督办",
      now,
      events: [
        { uid: "duty-7@gongbao", date: "2021-07-10", summary: "报送2021年第二季度进展", url: "https://example.org/t/7?a=1,2" },
        { uid: "milestone-3@gongbao", date: "2021-04-30", summary: "完成时限：制定方案", description: "牵头单位：区教育体育局\n配合单位：区财政局;区人社局" },
      ],
    });
    expect(text.split("\r\n").slice(0, 8)).toEqual([
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//gongbao//督查督办//ZH", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
      "X-WR-CALNAME:区教育体育局 督查督办", "X-WR-TIMEZONE:Asia/Shanghai", "BEGIN:VEVENT",
    ]);
    expect(text).toContain("UID:milestone-3@gongbao\r\nDTSTAMP:20210420T020304Z\r\nDTSTART;VALUE=DATE:20210430\r\nDTEND;VALUE=DATE:20210501\r\n");
    expect(text.replace(/\r\n /gu, "")).toContain("DESCRIPTION:牵头单位：区教育体育局\\n配合单位：区财政局\\;区人社局");
    expect(text).toContain("URL:https://example.org/t/7?a=1,2");
    expect(text.indexOf("milestone-3")).toBeLessThan(text.indexOf("duty-7"));
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/gu, "")).not.toMatch(/[\r\n]/u);
    expect(icalendar({ name: "x", now, events: [] })).toBe(icalendar({ name: "x", now, events: [] }));
  });

  it("escapes text and folds at 75 octets without splitting characters", () => {
    expect(escapeText("a,b;c\\d\r\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const line = `SUMMARY:${"督查督办".repeat(20)}`;
    const folded = foldLine(line).split("\r\n");
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    expect(Buffer.byteLength(folded[0] ?? "", "utf8")).toBe(74);
    expect(foldLine("A".repeat(75))).toBe("A".repeat(75));
    expect(foldLine("A".repeat(76))).toBe(`${"A".repeat(75)}\r\n A`);
  });
});
