import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getEnv } from "@/lib/env";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { getLibraryProfile } from "@/lib/server/libraries/get-library-profile";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ country: string }> };

const n = (value: number) => value.toLocaleString("en");

async function load(params: TProps["params"]) {
  const country = (await params).country.toUpperCase();
  return /^[A-Z]{2}$/.test(country) ? getLibraryProfile(country) : null;
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const profile = await load(params);
  if (!profile) return { title: "Library" };
  const code = profile.library.countryCode;
  const feeds = [{ url: `${getEnv().PUBLIC_URL}/feeds/libraries/${code}.atom`, title: "New in this library" }];
  return { title: pickTranslation(profile.library.names, ["en"])?.text ?? code, alternates: { types: { "application/atom+xml": feeds } } };
}

// A country library's public page: who runs it, its headline numbers, where to go next.
export default async function LibraryPage({ params }: TProps) {
  const profile = await load(params);
  if (!profile) notFound();
  const { library, year } = profile;
  const code = library.countryCode;
  const name = pickTranslation(library.names, ["en"]);
  const country = pickTranslation(library.countryNames, ["en"]);
  const localName = Object.entries(library.names).find(([tag]) => tag !== "en" && tag !== "ru");
  const host = library.host ? pickTranslation(library.host.names, ["en"]) : null;
  return (
    <section className="stats-library">
      <h1>
        <span className="country-code" aria-hidden="true">{code}</span> {name?.text}
      </h1>
      {localName ? <p className="library-name" lang={localName[0]}>{localName[1]}</p> : null}
      <p className="host">
        {country?.text} · {host ? <>hosted by <span lang={host.lang}>{host.text}</span></> : <em>no host institution designated yet</em>}
      </p>
      <dl className="stats-headline" data-testid="library-numbers">
        <div>
          <dt>Published resources</dt>
          <dd><strong>{n(library.publishedResourceCount)}</strong></dd>
        </div>
        <div>
          <dt>Downloads in {year}</dt>
          <dd><strong>{n(profile.downloadsThisYear)}</strong></dd>
        </div>
        <div>
          <dt>Institutions served in {year}</dt>
          <dd><strong>{n(profile.institutionsServedThisYear)}</strong><span>whose members viewed or downloaded</span></dd>
        </div>
      </dl>
      <ul className="stats-links">
        <li><Link href={`/search?library=${code}`}>Search this library</Link></li>
        <li><a href={`/feeds/libraries/${code}.atom`}>Atom feed of new resources</a></li>
      </ul>
      <h2>Collections</h2>
      {profile.collections.length ? (
        <ul>
          {profile.collections.map((c) => {
            const title = pickTranslation(c.title, ["en"]);
            return (
              <li key={c.slug}>
                <Link href={`/collections/${code.toLowerCase()}/${c.slug}`} lang={title?.lang}>{title?.text}</Link> · {n(c.resourceCount)} resource{c.resourceCount === 1 ? "" : "s"}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>No collections yet. <Link href="/collections">Every library&apos;s collections</Link></p>
      )}
    </section>
  );
}
