import { xmlElement } from "@/lib/xml/xml-element";
import { formatAtomDate } from "./format-atom-date";
import type { TSitemapUrl } from "./sitemap-types";

// A <urlset> file of the sitemaps protocol; lastmod in W3C Datetime, which RFC 3339 satisfies.
export function renderSitemap(urls: readonly TSitemapUrl[]): string {
  const body = xmlElement(
    "urlset",
    { xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9" },
    urls.map((u) => xmlElement("url", {}, [xmlElement("loc", {}, u.loc), xmlElement("lastmod", {}, formatAtomDate(u.lastmod))])),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}
