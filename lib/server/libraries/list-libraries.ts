import "server-only";
import { getDb } from "@/lib/server/database/get-db";
import type { TTranslations } from "@/lib/schemas/translations";

export type TLibrarySummary = {
  countryCode: string;
  countryNames: TTranslations;
  names: TTranslations;
  host: { slug: string; names: TTranslations } | null;
  institutionCount: number;
  publishedResourceCount: number;
};

// All five libraries, for the home page and the public API. Counts published resources
// only: drafts and withdrawn items are nobody's business but their library's.
export async function listLibraries(): Promise<TLibrarySummary[]> {
  const libraries = await getDb().library.findMany({
    orderBy: { countryCode: "asc" },
    include: {
      country: { include: { _count: { select: { institutions: true } } } },
      hostInstitution: { select: { slug: true, names: true } },
      _count: { select: { resources: { where: { status: "PUBLISHED" } } } },
    },
  });
  return libraries.map((l) => ({
    countryCode: l.countryCode,
    countryNames: l.country.names as TTranslations,
    names: l.names as TTranslations,
    host: l.hostInstitution ? { slug: l.hostInstitution.slug, names: l.hostInstitution.names as TTranslations } : null,
    institutionCount: l.country._count.institutions,
    publishedResourceCount: l._count.resources,
  }));
}
