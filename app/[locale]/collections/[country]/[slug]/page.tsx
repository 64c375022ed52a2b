import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ResourceTitleLink } from "@/components/resource-title-link";
import { LanguageNote } from "@/components/translated-text";
import { getEnv } from "@/lib/env";
import { getContentLanguages } from "@/lib/i18n/get-content-languages";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { getCollection } from "@/lib/server/collections/get-collection";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ locale: string; country: string; slug: string }> };

// The collection's own feed beside the site-wide one (a page's alternates replace the layout's).
export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { locale, country, slug } = await params;
  const t = await getTranslations({ locale, namespace: "CollectionPage" });
  const collection = /^[a-z]{2}$/i.test(country) && slug.length <= 96 ? await getCollection({ viewer: null, library: country, slug }) : null;
  if (!collection) return { title: t("title") };
  const base = getEnv().PUBLIC_URL;
  const feeds = [{ url: `${base}/feeds/collections/${collection.id}.atom`, title: t("feedTitle") }, { url: `${base}/feeds/resources.atom`, title: t("siteFeedTitle") }];
  return { title: t("title"), alternates: { types: { "application/atom+xml": feeds } } };
}

export default async function CollectionPage({ params }: TProps) {
  const { country, slug } = await params;
  if (!/^[a-z]{2}$/i.test(country) || slug.length > 96) notFound();
  const collection = await getCollection({ viewer: await getViewer(), library: country, slug });
  if (!collection) notFound();
  const [t, languages] = await Promise.all([getTranslations("CollectionPage"), getContentLanguages()]);
  const title = pickTranslation(collection.title as TTranslations, languages);
  const description = pickTranslation(collection.description as TTranslations, [...languages, title?.lang ?? "en"]);
  return (
    <section>
      {/* The note stays outside the heading: the heading is the title alone. */}
      <h1 lang={title?.lang}>{title?.text}</h1>
      <LanguageNote picked={title} />
      {description ? <p lang={description.lang}>{description.text}</p> : null}
      {description && description.lang !== title?.lang ? <LanguageNote picked={description} /> : null}
      <p>{t("library", { library: collection.library.countryCode })}</p>
      <ol className="collection-items">
        {collection.items.map(({ resource }) => (
          <li key={resource.id}>
            <ResourceTitleLink resource={resource} />
          </li>
        ))}
      </ol>
    </section>
  );
}
