import { LibraryCard } from "@/components/library-card";
import { SearchBox } from "@/components/search-box";
import { listLibraries } from "@/lib/server/libraries/list-libraries";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const libraries = await listLibraries();
  return (
    <>
      <section className="intro">
        <h1>Five libraries, one search</h1>
        <p>
          Course materials from partner universities of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and
          Uzbekistan, free to use under Creative Commons licences.
        </p>
        <SearchBox big />
      </section>
      <section aria-labelledby="libraries-heading">
        <h2 id="libraries-heading" className="visually-hidden">
          Country libraries
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
