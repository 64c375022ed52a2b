import "server-only";
import { getEnv } from "@/lib/env";
import type { TSitemapUrl } from "@/lib/feeds/sitemap-types";
import { listSitemapPages } from "./list-sitemap-pages";
import { listSitemapResources } from "./list-sitemap-resources";

// The URLs of /sitemaps/{n}.xml (see getSitemapIndex); null past the last file.
export async function getSitemapFile(n: number): Promise<TSitemapUrl[] | null> {
  if (n === 0) return listSitemapPages();
  const resources = await listSitemapResources({ part: n - 1 });
  if (!resources) return null;
  const base = getEnv().PUBLIC_URL;
  return resources.map((r) => ({ loc: `${base}/resources/${r.id}`, lastmod: r.updatedAt }));
}
