import "server-only";
import type { TDb } from "@/lib/server/database/create-db";

type TNames = Record<string, string>;
export type TFacetLabels = { countries: Map<string, TNames>; institutions: Map<string, { slug: string; names: TNames }>; subjects: Map<string, TNames> };

const TTL_MS = 60_000;
let cached: { at: number; labels: Promise<TFacetLabels> } | null = null;

// Names of countries, institutions and subjects for facet labels: a few hundred rows that
// change rarely, kept for a minute instead of read on every search.
export function getFacetLabels(db: TDb, options: { fresh?: boolean } = {}): Promise<TFacetLabels> {
  if (cached && !options.fresh && Date.now() - cached.at < TTL_MS) return cached.labels;
  const labels = Promise.all([
    db.country.findMany({ select: { code: true, names: true } }),
    db.institution.findMany({ select: { id: true, slug: true, names: true } }),
    db.subject.findMany({ select: { code: true, names: true } }),
  ]).then(([countries, institutions, subjects]) => ({
    countries: new Map(countries.map((c) => [c.code, c.names as TNames])),
    institutions: new Map(institutions.map((i) => [i.id, { slug: i.slug, names: i.names as TNames }])),
    subjects: new Map(subjects.map((s) => [s.code, s.names as TNames])),
  }));
  cached = { at: Date.now(), labels };
  labels.catch(() => (cached = null));
  return labels;
}
