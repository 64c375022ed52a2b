import { Link } from "@/lib/i18n/navigation";
import type { TSearchResult } from "@/lib/schemas/search";
import { searchHref } from "@/lib/search/search-href";

const TITLES: Record<string, string> = {
  library: "Library",
  institution: "Institution",
  subject: "Subject",
  language: "Language",
  type: "Type",
  level: "Level",
  license: "Licence",
};

// Facet counts as links that add (or, when chosen, remove) a filter: usable without JavaScript.
export function SearchFacets({ facets, current }: { facets: TSearchResult["facets"]; current: Record<string, string | undefined> }) {
  return (
    <nav aria-label="Filters" className="facets">
      {Object.entries(TITLES).map(([facet, title]) => {
        const values = facets[facet] ?? [];
        const chosen = current[facet];
        if (!values.length && !chosen) return null;
        return (
          <section key={facet} aria-labelledby={`facet-${facet}`}>
            <h3 id={`facet-${facet}`}>{title}</h3>
            <ul>
              {values.map((v) => {
                const on = chosen === v.value;
                return (
                  <li key={v.value}>
                    <Link href={searchHref(current, { [facet]: on ? null : v.value })} aria-current={on ? "true" : undefined} rel="nofollow">
                      {on ? "✓ " : ""}
                      {v.label}
                    </Link>{" "}
                    <span className="count">{v.count.toLocaleString("en")}</span>
                  </li>
                );
              })}
              {chosen && !values.some((v) => v.value === chosen) ? (
                <li>
                  <Link href={searchHref(current, { [facet]: null })} aria-current="true">✓ {chosen}</Link>
                </li>
              ) : null}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
