import { Link } from "@/lib/i18n/navigation";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TLibrarySummary } from "@/lib/server/libraries/list-libraries";

const numberFormat = new Intl.NumberFormat("en");

// Shows the English name with the library's own-language name beside it.
export function LibraryCard({ library }: { library: TLibrarySummary }) {
  const country = pickTranslation(library.countryNames, ["en"]);
  const name = pickTranslation(library.names, ["en"]);
  const localName = Object.entries(library.names).find(([tag]) => tag !== "en" && tag !== "ru");
  const host = library.host ? pickTranslation(library.host.names, ["en"]) : null;
  return (
    <li className="library-card" data-country={library.countryCode}>
      <h2>
        <span className="country-code" aria-hidden="true">
          {library.countryCode}
        </span>{" "}
        <Link href={`/libraries/${library.countryCode}`}>{country?.text}</Link>
      </h2>
      <p className="library-name">
        {name?.text}
        {localName ? (
          <>
            {" · "}
            <span lang={localName[0]}>{localName[1]}</span>
          </>
        ) : null}
      </p>
      <p className="host">
        {host ? (
          <>
            Hosted by <span lang={host.lang}>{host.text}</span>
          </>
        ) : (
          <em>No host institution designated yet</em>
        )}
      </p>
      <p className="counts">
        <strong data-testid="resource-count">{numberFormat.format(library.publishedResourceCount)}</strong>{" "}
        {library.publishedResourceCount === 1 ? "resource" : "resources"} ·{" "}
        {numberFormat.format(library.institutionCount)}{" "}
        {library.institutionCount === 1 ? "institution" : "institutions"}
      </p>
    </li>
  );
}
