import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResourceTitleLink } from "@/components/resource-title-link";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { getCollection } from "@/lib/server/collections/get-collection";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ country: string; slug: string }> };

// The collection's own feed beside the site-wide one (a page's alternates replace the layout's).
export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { country, slug } = await params;
  const collection = /^[a-z]{2}$/i.test(country) && slug.length <= 96 ? await getCollection({ viewer: null, library: country, slug }) : null;
  if (!collection) return { title: "Collection" };
  const base = getEnv().PUBLIC_URL;
  const feeds = [{ url: `${base}/feeds/collections/${collection.id}.atom`, title: "New in this collection" }, { url: `${base}/feeds/resources.atom`, title: "New resources" }];
  return { title: "Collection", alternates: { types: { "application/atom+xml": feeds } } };
}

export default async function CollectionPage({ params }: TProps) {
  const { country, slug } = await params;
  if (!/^[a-z]{2}$/i.test(country) || slug.length > 96) notFound();
  const collection = await getCollection({ viewer: await getViewer(), library: country, slug });
  if (!collection) notFound();
  const title = pickTranslation(collection.title as TTranslations, ["en"]);
  const description = pickTranslation(collection.description as TTranslations, [title?.lang ?? "en"]);
  return (
    <section>
      <h1 lang={title?.lang}>{title?.text}</h1>
      {description ? <p lang={description.lang}>{description.text}</p> : null}
      <p>Library: {collection.library.countryCode}</p>
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
