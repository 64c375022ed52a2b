import { getFormatter, getTranslations } from "next-intl/server";
import { getVocabulary, type TVocabulary } from "@/lib/i18n/get-vocabulary";
import { Link } from "@/lib/i18n/navigation";
import type { TSearchResult } from "@/lib/schemas/search";
import { searchHref } from "@/lib/search/search-href";

const FACETS = ["library", "institution", "subject", "language", "type", "level", "license"] as const;

// The search gives English names for the vocabularies (the API keeps them); the page shows
// the viewer's. Institution and subject names come already picked in the viewer's languages.
function facetLabel(vocabulary: TVocabulary, facet: string, value: string, label: string): string {
  switch (facet) {
    case "library":
      return vocabulary.country(value);
    case "language":
      return vocabulary.language(value);
    case "type":
      return vocabulary.type(value);
    case "level":
      return vocabulary.level(value);
    case "license":
      return vocabulary.license(value);
    default:
      return label;
  }
}

// Facet counts as links that add (or, when chosen, remove) a filter: usable without JavaScript.
export async function SearchFacets({ facets, current }: { facets: TSearchResult["facets"]; current: Record<string, string | undefined> }) {
  const [t, format, vocabulary] = await Promise.all([getTranslations("SearchFacets"), getFormatter(), getVocabulary()]);
  return (
    <nav aria-label={t("label")} className="facets">
      {FACETS.map((facet) => {
        const values = facets[facet] ?? [];
        const chosen = current[facet];
        if (!values.length && !chosen) return null;
        return (
          <section key={facet} aria-labelledby={`facet-${facet}`}>
            <h3 id={`facet-${facet}`}>{t(`title.${facet}`)}</h3>
            <ul>
              {values.map((v) => {
                const on = chosen === v.value;
                return (
                  <li key={v.value}>
                    <Link href={searchHref(current, { [facet]: on ? null : v.value })} aria-current={on ? "true" : undefined} rel="nofollow">
                      {on ? "✓ " : ""}
                      {facetLabel(vocabulary, facet, v.value, v.label)}
                    </Link>{" "}
                    <span className="count">{format.number(v.count)}</span>
                  </li>
                );
              })}
              {chosen && !values.some((v) => v.value === chosen) ? (
                <li>
                  <Link href={searchHref(current, { [facet]: null })} aria-current="true">✓ {facet === "license" ? chosen : facetLabel(vocabulary, facet, chosen, chosen)}</Link>
                </li>
              ) : null}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
