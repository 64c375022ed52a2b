import "server-only";
import type { TTranslations } from "@/lib/schemas/translations";
import { getDb } from "@/lib/server/database/get-db";
import { listCollections } from "@/lib/server/collections/list-collections";
import { getLibrary } from "./get-library";
import type { TLibrarySummary } from "./list-libraries";

export type TLibraryProfile = {
  library: TLibrarySummary;
  year: number;
  downloadsThisYear: number;
  institutionsServedThisYear: number;
  collections: { slug: string; title: TTranslations; resourceCount: number }[];
};

// A library's public page: who runs it and what it achieved this (UTC) year, from the daily
// rollups (a year is at most a few thousand rollup rows: no cache needed, and none to go stale
// when the rollups are rewritten).
export async function getLibraryProfile(countryCode: string, now = new Date()): Promise<TLibraryProfile | null> {
  const year = now.getUTCFullYear();
  const library = await getLibrary(countryCode);
  if (!library) return null;
  const db = getDb();
  const since = `${year}-01-01`;
  const [[downloads], [institutions], collections] = await Promise.all([
    db.$queryRaw<{ n: bigint | null }[]>`
      SELECT sum(total)::bigint AS n FROM "UsageDailyTotal"
      WHERE day >= ${since}::date AND day < ${since}::date + interval '1 year' AND kind = 'DOWNLOAD' AND "libraryCountry" = ${countryCode}`,
    db.$queryRaw<{ n: bigint }[]>`
      SELECT count(DISTINCT "institutionId") AS n FROM "UsageDailyByInstitution"
      WHERE day >= ${since}::date AND day < ${since}::date + interval '1 year' AND "libraryCountry" = ${countryCode} AND "institutionId" <> ''`,
    listCollections({ viewer: null, library: countryCode }),
  ]);
  return {
    library,
    year,
    downloadsThisYear: Number(downloads?.n ?? 0),
    institutionsServedThisYear: Number(institutions?.n ?? 0),
    collections: collections.map((c) => ({ slug: c.slug, title: c.title as TTranslations, resourceCount: c._count.items })),
  };
}
