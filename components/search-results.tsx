import { getFormatter, getTranslations } from "next-intl/server";
import { HighlightedText } from "@/components/highlighted-text";
import { LanguageNote } from "@/components/translated-text";
import { licenseLabel } from "@/lib/catalogue/normalize-license";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import { Link } from "@/lib/i18n/navigation";
import type { TSearchResult } from "@/lib/schemas/search";

// One page of search results: title (in the viewer's language where the resource has one),
// snippet and a line of facts, each in the interface's language.
export async function SearchResults({ items }: { items: TSearchResult["items"] }) {
  const [t, format, vocabulary] = await Promise.all([getTranslations("SearchResults"), getFormatter(), getVocabulary()]);
  return (
    <ol className="results">
      {items.map((item) => (
        <li key={item.id} data-resource-id={item.id} className={item.thumbnail ? "with-thumbnail" : undefined}>
          {item.thumbnail ? (
            // eslint-disable-next-line @next/next/no-img-element -- a small stored WebP, sized and lazy
            <img className="result-thumbnail" src={item.thumbnail.url} width={item.thumbnail.width} height={item.thumbnail.height} alt="" loading="lazy" decoding="async" />
          ) : null}
          <h2>
            <Link href={`/resources/${item.id}`}><HighlightedText {...item.title} /></Link>
          </h2>
          <LanguageNote picked={item.title.text ? item.title : null} />
          {item.snippet ? <p className="snippet"><HighlightedText {...item.snippet} /></p> : null}
          <p className="meta">
            {item.institution.name} ({item.library}) · {format.list(item.languages.map(vocabulary.language))}
            {item.type ? ` · ${vocabulary.type(item.type)}` : ""}
            {item.year ? ` · ${item.year}` : ""}
            {item.license ? ` · ${licenseLabel(item.license)}` : ""}
            {item.download_count ? ` · ${t("downloads", { count: item.download_count })}` : ""}
          </p>
        </li>
      ))}
    </ol>
  );
}
