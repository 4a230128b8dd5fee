/** The sitemap (sitemaps.org 0.9) of every public page. */
import { escapeXml } from "./xml.ts";

/** One page in the sitemap. */
export interface SitemapUrl {
  url: string;
  lastmod?: string | null | undefined;
}

/** The sitemap as an XML document. */
export function renderSitemap(urls: SitemapUrl[]): string {
  const items = urls.map((u) => `  <url><loc>${escapeXml(u.url)}</loc>${u.lastmod ? `<lastmod>${escapeXml(u.lastmod)}</lastmod>` : ""}</url>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${items.join("\n")}
</urlset>
`;
}
