import "server-only";
import { getDb } from "@/lib/server/database/get-db";

// Every library's collections, for the public list and the librarians' page.
export function listCollections(options: { library?: string } = {}) {
  return getDb().collection.findMany({
    where: options.library ? { library: { countryCode: options.library } } : {},
    orderBy: [{ library: { countryCode: "asc" } }, { slug: "asc" }],
    include: { library: { select: { countryCode: true } }, _count: { select: { items: true } } },
  });
}
