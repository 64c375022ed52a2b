import "server-only";
import { getDb } from "@/lib/server/database/get-db";

// Libraries with their possible hosts (the country's institutions), for the admin page.
export async function listLibrariesForAdmin() {
  return getDb().library.findMany({
    orderBy: { countryCode: "asc" },
    include: {
      hostInstitution: { select: { slug: true } },
      country: { include: { institutions: { select: { slug: true, names: true }, orderBy: { slug: "asc" } } } },
    },
  });
}
