import "server-only";
import { collectionWhere } from "@/lib/authz/collection-where";
import type { TViewer } from "@/lib/authz/types";
import { ZUuid } from "@/lib/schemas/account";
import { getDb } from "@/lib/server/database/get-db";

// A collection as its curators see it: every resource in it, drafts included, in order.
export async function getManagedCollection(options: { viewer: TViewer; id: string }) {
  if (!ZUuid.safeParse(options.id).success) return null;
  return getDb().collection.findFirst({
    where: { AND: [{ id: options.id }, collectionWhere(options.viewer)] },
    include: {
      library: { select: { countryCode: true } },
      items: { orderBy: { position: "asc" }, include: { resource: { select: { id: true, title: true, languages: true, status: true, year: true } } } },
    },
  });
}
