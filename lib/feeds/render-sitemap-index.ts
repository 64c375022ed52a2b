import { xmlElement } from "@/lib/xml/xml-element";
import { formatAtomDate } from "./format-atom-date";
import type { TSitemapRef } from "./sitemap-types";

// A <sitemapindex> pointing at each sitemap file.
export function renderSitemapIndex(sitemaps: readonly TSitemapRef[]): string {
  const body = xmlElement(
    "sitemapindex",
    { xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9" },
    sitemaps.map((s) => xmlElement("sitemap", {}, [xmlElement("loc", {}, s.loc), ...(s.lastmod ? [xmlElement("lastmod", {}, formatAtomDate(s.lastmod))] : [])])),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}
