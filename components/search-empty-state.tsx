import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { searchHref } from "@/lib/search/search-href";

// What to try when a search finds nothing.
export async function SearchEmptyState({ q, filtered }: { q: string; filtered: boolean }) {
  const t = await getTranslations("SearchEmptyState");
  return (
    <div className="empty-state" data-testid="empty-state">
      <p>
        <strong>{q.trim() ? t.rich("nothingFoundFor", { query: q, q: (chunks) => <q>{chunks}</q> }) : t("nothingFound")}</strong> {t("youCould")}
      </p>
      <ul>
        {filtered ? <li>{t.rich("withoutFilters", { link: (chunks) => <Link href={searchHref({ q }, {})}>{chunks}</Link> })}</li> : null}
        <li>{t("fewerWords")}</li>
        <li>{t("otherLanguage")}</li>
        <li>{t("spelling")}</li>
        <li>
          {t.rich("browse", {
            collections: (chunks) => <Link href="/collections">{chunks}</Link>,
            everything: (chunks) => <Link href="/search">{chunks}</Link>,
          })}
        </li>
      </ul>
    </div>
  );
}
