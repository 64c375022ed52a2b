import "server-only";
import { getDb } from "@/lib/server/database/get-db";

// One institution by its short name, for the public API; null when there is none.
export async function getPublicInstitution(slug: string) {
  if (!/^[a-z0-9-]{1,64}$/.test(slug)) return null;
  return getDb().institution.findUnique({
    where: { slug },
    include: { hostOf: { select: { countryCode: true } }, _count: { select: { resources: { where: { status: "PUBLISHED" } } } } },
  });
}
