import { getTranslations } from "next-intl/server";
import { getContentLanguages } from "@/lib/i18n/get-content-languages";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import { Link } from "@/lib/i18n/navigation";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TLibrarySummary } from "@/lib/server/libraries/list-libraries";

// The library's name in the viewer's language, with its own-language name beside it.
export async function LibraryCard({ library }: { library: TLibrarySummary }) {
  const [t, vocabulary, languages] = await Promise.all([getTranslations("LibraryCard"), getVocabulary(), getContentLanguages()]);
  const name = pickTranslation(library.names, languages);
  const localName = Object.entries(library.names).find(([tag]) => tag !== "en" && tag !== "ru" && tag !== name?.lang);
  const host = library.host ? pickTranslation(library.host.names, languages) : null;
  return (
    <li className="library-card" data-country={library.countryCode}>
      <h2>
        <span className="country-code" aria-hidden="true">
          {library.countryCode}
        </span>{" "}
        <Link href={`/libraries/${library.countryCode}`}>{vocabulary.country(library.countryCode)}</Link>
      </h2>
      <p className="library-name">
        <span lang={name?.lang}>{name?.text}</span>
        {localName ? (
          <>
            {" · "}
            <span lang={localName[0]}>{localName[1]}</span>
          </>
        ) : null}
      </p>
      <p className="host">
        {host ? t.rich("hostedBy", { name: host.text, host: (chunks) => <span lang={host.lang}>{chunks}</span> }) : <em>{t("noHost")}</em>}
      </p>
      <p className="counts">
        {t.rich("counts", {
          resources: library.publishedResourceCount,
          institutions: library.institutionCount,
          resourceCount: (chunks) => <strong data-testid="resource-count">{chunks}</strong>,
        })}
      </p>
    </li>
  );
}
