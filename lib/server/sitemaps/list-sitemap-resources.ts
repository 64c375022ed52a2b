import "server-only";
import { resourceWhere } from "@/lib/authz/resource-where";
import { SITEMAP_MAX_URLS } from "@/lib/feeds/sitemap-types";
import { getDb } from "@/lib/server/database/get-db";

// Part `part` (from 0) of the public published resources in id order, `size` to a part: the
// part's first id, then one range read on the primary key from it, so a million resources
// are never held at once. Null past the last part (part 0 always exists, maybe empty).
export async function listSitemapResources(options: { part: number; size?: number }): Promise<{ id: string; updatedAt: Date }[] | null> {
  const size = options.size ?? SITEMAP_MAX_URLS;
  const db = getDb();
  const where = resourceWhere(null, "download");
  const first = await db.resource.findFirst({ where, orderBy: { id: "asc" }, skip: options.part * size, select: { id: true } });
  if (!first) return options.part === 0 ? [] : null;
  return db.resource.findMany({ where: { AND: [where, { id: { gte: first.id } }] }, orderBy: { id: "asc" }, take: size, select: { id: true, updatedAt: true } });
}
