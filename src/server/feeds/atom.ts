/** Atom 1.0 feeds (RFC 4287) of documents, with absolute URLs. */
import { escapeXml } from "./xml.ts";

/** One entry of a feed. */
export interface AtomEntry {
  /** Absolute URL, also the entry's permanent id. */
  url: string;
  title: string;
  /** ISO date or date-time. */
  updated: string;
  summary: string;
  categories: string[];
  authors: string[];
}

/** A feed. */
export interface AtomFeed {
  /** Absolute URL of the feed itself (its id and rel=self link). */
  selfUrl: string;
  /** Absolute URL of the matching HTML page. */
  pageUrl: string;
  title: string;
  subtitle: string;
  entries: AtomEntry[];
}

/** An ISO date as an RFC 3339 timestamp in China Standard Time. */
export function atomTime(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/u.test(date) ? `${date}T00:00:00+08:00` : date;
}

/** The feed as an XML document. */
export function renderAtom(feed: AtomFeed, fallbackUpdated: string): string {
  const times = feed.entries.map((e) => atomTime(e.updated)).sort();
  const updated = times[times.length - 1] ?? fallbackUpdated;
  const entries = feed.entries.map((e) => `  <entry>
    <id>${escapeXml(e.url)}</id>
    <title>${escapeXml(e.title)}</title>
    <updated>${escapeXml(atomTime(e.updated))}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>
${(e.authors.length > 0 ? e.authors : ["政府公报"]).map((name) => `    <author><name>${escapeXml(name)}</name></author>`).join("\n")}
${e.categories.map((c) => `    <category term="${escapeXml(c)}"/>`).join("\n")}
    <summary type="text">${escapeXml(e.summary)}</summary>
  </entry>`).join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${escapeXml(feed.selfUrl)}</id>
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <updated>${escapeXml(updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>
  <author><name>政府公报</name></author>
${entries}
</feed>
`;
}
