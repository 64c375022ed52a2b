import "server-only";
import { resourceWhere } from "@/lib/authz/resource-where";
import type { TMaybeViewer } from "@/lib/authz/types";
import { getDb } from "@/lib/server/database/get-db";

// A collection's page: its resources in order, only those the viewer may see.
export async function getCollection(options: { viewer: TMaybeViewer; library: string; slug: string }) {
  return getDb().collection.findFirst({
    where: { slug: options.slug.toLowerCase(), library: { countryCode: options.library.toUpperCase() } },
    include: {
      library: { select: { countryCode: true, names: true } },
      items: {
        where: { resource: resourceWhere(options.viewer, "read") },
        orderBy: { position: "asc" },
        include: { resource: { select: { id: true, title: true, languages: true, status: true, year: true } } },
      },
    },
  });
}
