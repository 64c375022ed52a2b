import "server-only";
import { ZPublicInstitution, type TPublicInstitution } from "@/lib/schemas/public-institution";
import type { getPublicInstitution } from "./get-public-institution";

type TInstitutionRow = NonNullable<Awaited<ReturnType<typeof getPublicInstitution>>>;

export function toPublicInstitution(i: TInstitutionRow): TPublicInstitution {
  return ZPublicInstitution.parse({
    slug: i.slug,
    country: i.countryCode,
    names: i.names,
    website: i.website,
    isHost: i.hostOf !== null,
    publishedResourceCount: i._count.resources,
  });
}
