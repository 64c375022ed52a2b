import "server-only";
import { CATALOGUE_LANGUAGES } from "@/lib/catalogue/languages";
import { licenseLabel } from "@/lib/catalogue/normalize-license";
import { vocabularyLabel } from "@/lib/catalogue/vocabulary-label";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import type { TDb } from "@/lib/server/database/create-db";
import type { TFacetRow } from "./count-facets";
import { getFacetLabels } from "./get-facet-labels";

const SHOWN = 30;

// Facet counts with the values a filter takes (country code, institution slug, API names)
// and labels a person reads, most frequent first.
export async function labelFacets(db: TDb, rows: TFacetRow[], preferred: string[]) {
  let labels = await getFacetLabels(db);
  // An institution made within the last minute: read the names again.
  if (rows.some((r) => r.facet === "institution" && !labels.institutions.has(r.value))) labels = await getFacetLabels(db, { fresh: true });
  const { countries, institutions, subjects } = labels;
  const name = (names: unknown) => pickTranslation(names as TTranslations, preferred)?.text;
  const languageNames = new Map<string, string>(CATALOGUE_LANGUAGES.map((l) => [l.tag, l.name]));
  const label = (facet: string, value: string): [string, string] | null => {
    switch (facet) {
      case "library":
        return [value, name(countries.get(value)) ?? value];
      case "institution": {
        const found = institutions.get(value);
        return found ? [found.slug, name(found.names) ?? found.slug] : null;
      }
      case "subject":
        return [value, name(subjects.get(value)) ?? value];
      case "language":
        return [value, languageNames.get(value) ?? value];
      case "type":
      case "level":
        // The API's names are the database's in lower case (as in toPublicResource).
        return [value.toLowerCase(), vocabularyLabel(value)];
      case "license":
        return [value, licenseLabel(value)];
      default:
        return null;
    }
  };
  const facets: Record<string, { value: string; label: string; count: number }[]> = {};
  for (const facet of ["library", "institution", "subject", "language", "type", "level", "license"]) {
    facets[facet] = rows
      .filter((r) => r.facet === facet)
      .flatMap((r) => {
        const labelled = label(facet, r.value);
        return labelled ? [{ value: labelled[0], label: labelled[1], count: r.count }] : [];
      })
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
      .slice(0, SHOWN);
  }
  return facets;
}
