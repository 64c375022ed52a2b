import "server-only";
import { manageableCountryWhere } from "@/lib/authz/user-where";
import type { TViewer } from "@/lib/authz/types";
import { getDb } from "@/lib/server/database/get-db";

// The institutions a librarian (their country) or an admin (all) administers.
export async function listInstitutions(viewer: TViewer) {
  return getDb().institution.findMany({
    where: manageableCountryWhere(viewer),
    orderBy: [{ countryCode: "asc" }, { slug: "asc" }],
    include: { hostOf: { select: { countryCode: true } }, _count: { select: { users: true, resources: true } } },
  });
}
