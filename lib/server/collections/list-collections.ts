import "server-only";
import { resourceWhere } from "@/lib/authz/resource-where";
import type { TMaybeViewer } from "@/lib/authz/types";
import { getDb } from "@/lib/server/database/get-db";

// Every library's collections, for the public list, the API and the librarians' page; the
// count is of the resources this viewer may see.
export function listCollections(options: { viewer: TMaybeViewer; library?: string }) {
  return getDb().collection.findMany({
    where: options.library ? { library: { countryCode: options.library } } : {},
    orderBy: [{ library: { countryCode: "asc" } }, { slug: "asc" }],
    include: {
      library: { select: { countryCode: true } },
      _count: { select: { items: { where: { resource: resourceWhere(options.viewer, "download") } } } },
    },
  });
}
