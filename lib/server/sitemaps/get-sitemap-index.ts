import "server-only";
import { resourceWhere } from "@/lib/authz/resource-where";
import { getEnv } from "@/lib/env";
import { SITEMAP_MAX_URLS, type TSitemapRef } from "@/lib/feeds/sitemap-types";
import { getDb } from "@/lib/server/database/get-db";

// The sitemap files: /sitemaps/0.xml for the pages, then one per SITEMAP_MAX_URLS public
// resources (/sitemaps/1.xml holds the first part). Counting is the only work done here.
export async function getSitemapIndex(): Promise<TSitemapRef[]> {
  const count = await getDb().resource.count({ where: resourceWhere(null, "download") });
  const parts = Math.max(1, Math.ceil(count / SITEMAP_MAX_URLS));
  const base = getEnv().PUBLIC_URL;
  return Array.from({ length: parts + 1 }, (_, n) => ({ loc: `${base}/sitemaps/${n}.xml` }));
}
