import { getTranslations } from "next-intl/server";
import { LibraryCard } from "@/components/library-card";
import { SearchBox } from "@/components/search-box";
import { listLibraries } from "@/lib/server/libraries/list-libraries";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [t, libraries] = await Promise.all([getTranslations("HomePage"), listLibraries()]);
  return (
    <>
      <section className="intro">
        <h1>{t("heading")}</h1>
        <p>{t("intro")}</p>
        <SearchBox big />
      </section>
      <section aria-labelledby="libraries-heading">
        <h2 id="libraries-heading" className="visually-hidden">
          {t("librariesHeading")}
        </h2>
        <ul className="library-grid">
          {libraries.map((library) => (
            <LibraryCard key={library.countryCode} library={library} />
          ))}
        </ul>
      </section>
    </>
  );
}
