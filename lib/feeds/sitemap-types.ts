// The sitemaps protocol (sitemaps.org 0.9) allows 50,000 URLs per file.
export const SITEMAP_MAX_URLS = 50_000;

export type TSitemapUrl = { loc: string; lastmod: Date };
export type TSitemapRef = { loc: string; lastmod?: Date };
