import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LanguageNote } from "@/components/translated-text";
import { getEnv } from "@/lib/env";
import { getContentLanguages } from "@/lib/i18n/get-content-languages";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import { Link } from "@/lib/i18n/navigation";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { getLibraryProfile } from "@/lib/server/libraries/get-library-profile";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ locale: string; country: string }> };

async function load(params: TProps["params"]) {
  const country = (await params).country.toUpperCase();
  return /^[A-Z]{2}$/.test(country) ? getLibraryProfile(country) : null;
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const [t, profile] = await Promise.all([getTranslations({ locale: (await params).locale, namespace: "LibraryPage" }), load(params)]);
  if (!profile) return { title: t("fallbackTitle") };
  const code = profile.library.countryCode;
  const feeds = [{ url: `${getEnv().PUBLIC_URL}/feeds/libraries/${code}.atom`, title: t("feedTitle") }];
  return { title: pickTranslation(profile.library.names, await getContentLanguages())?.text ?? code, alternates: { types: { "application/atom+xml": feeds } } };
}

// A country library's public page: who runs it, its headline numbers, where to go next.
export default async function LibraryPage({ params }: TProps) {
  const profile = await load(params);
  if (!profile) notFound();
  const [t, format, vocabulary, languages] = await Promise.all([getTranslations("LibraryPage"), getFormatter(), getVocabulary(), getContentLanguages()]);
  const { library } = profile;
  const year = String(profile.year);
  const code = library.countryCode;
  const name = pickTranslation(library.names, languages);
  const localName = Object.entries(library.names).find(([tag]) => tag !== "en" && tag !== "ru" && tag !== name?.lang);
  const host = library.host ? pickTranslation(library.host.names, languages) : null;
  const country = vocabulary.country(code);
  return (
    <section className="stats-library">
      <h1>
        <span className="country-code" aria-hidden="true">{code}</span> <span lang={name?.lang}>{name?.text}</span>
      </h1>
      {localName ? <p className="library-name" lang={localName[0]}>{localName[1]}</p> : null}
      <p className="host">
        {host
          ? t.rich("countryHostedBy", { country, name: host.text, host: (chunks) => <span lang={host.lang}>{chunks}</span> })
          : t.rich("countryNoHost", { country, em: (chunks) => <em>{chunks}</em> })}
      </p>
      <dl className="stats-headline" data-testid="library-numbers">
        <div>
          <dt>{t("publishedResources")}</dt>
          <dd><strong>{format.number(library.publishedResourceCount)}</strong></dd>
        </div>
        <div>
          <dt>{t("downloadsIn", { year })}</dt>
          <dd><strong>{format.number(profile.downloadsThisYear)}</strong></dd>
        </div>
        <div>
          <dt>{t("institutionsServedIn", { year })}</dt>
          <dd><strong>{format.number(profile.institutionsServedThisYear)}</strong><span>{t("institutionsServedNote")}</span></dd>
        </div>
      </dl>
      <ul className="stats-links">
        <li><Link href={`/search?library=${code}`}>{t("searchThisLibrary")}</Link></li>
        <li><a href={`/feeds/libraries/${code}.atom`}>{t("atomFeed")}</a></li>
      </ul>
      <h2>{t("collections")}</h2>
      {profile.collections.length ? (
        <ul>
          {profile.collections.map((c) => {
            const title = pickTranslation(c.title, languages);
            return (
              <li key={c.slug}>
                <Link href={`/collections/${code.toLowerCase()}/${c.slug}`} lang={title?.lang}>{title?.text}</Link>
                <LanguageNote picked={title} /> · {t("collectionResources", { count: c.resourceCount })}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t.rich("noCollections", { link: (chunks) => <Link href="/collections">{chunks}</Link> })}</p>
      )}
    </section>
  );
}
