import "server-only";
import { resourceWhere } from "@/lib/authz/resource-where";
import type { TSitemapUrl } from "@/lib/feeds/sitemap-types";
import { getEnv } from "@/lib/env";
import { getDb } from "@/lib/server/database/get-db";

// The pages besides resources that crawlers should know: home, search (its bare page lists
// the newest resources), the collections and each collection. They change when a resource or
// a collection does, so that is their date.
export async function listSitemapPages(): Promise<TSitemapUrl[]> {
  const db = getDb();
  const [latest, collections] = await Promise.all([
    db.resource.aggregate({ where: resourceWhere(null, "download"), _max: { updatedAt: true } }),
    db.collection.findMany({ orderBy: [{ library: { countryCode: "asc" } }, { slug: "asc" }], select: { slug: true, updatedAt: true, library: { select: { countryCode: true } } } }),
  ]);
  const base = getEnv().PUBLIC_URL;
  const resourcesChanged = latest._max.updatedAt ?? new Date();
  const collectionsChanged = collections.reduce((max, c) => (c.updatedAt > max ? c.updatedAt : max), resourcesChanged);
  return [
    { loc: `${base}/`, lastmod: resourcesChanged },
    { loc: `${base}/search`, lastmod: resourcesChanged },
    { loc: `${base}/collections`, lastmod: collectionsChanged },
    ...collections.map((c) => ({ loc: `${base}/collections/${c.library.countryCode.toLowerCase()}/${c.slug}`, lastmod: c.updatedAt })),
  ];
}
