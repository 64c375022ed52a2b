import "server-only";
import { resourceWhere } from "@/lib/authz/resource-where";
import type { TMaybeViewer } from "@/lib/authz/types";
import { ZUuid } from "@/lib/schemas/account";
import { getDb } from "@/lib/server/database/get-db";

type TKey = { id: string } | { library: string; slug: string };

// A collection as visitors see it (by its address or its id): its resources in order, only
// those the viewer may see (withdrawn ones leave the list; their tombstone pages stay).
export async function getCollection(options: { viewer: TMaybeViewer } & TKey) {
  if ("id" in options && !ZUuid.safeParse(options.id).success) return null;
  const where = "id" in options ? { id: options.id } : { slug: options.slug.toLowerCase(), library: { countryCode: options.library.toUpperCase() } };
  return getDb().collection.findFirst({
    where,
    include: {
      library: { select: { countryCode: true, names: true } },
      items: {
        where: { resource: resourceWhere(options.viewer, "download") },
        orderBy: { position: "asc" },
        include: { resource: { select: { id: true, title: true, languages: true, status: true, year: true } } },
      },
    },
  });
}
