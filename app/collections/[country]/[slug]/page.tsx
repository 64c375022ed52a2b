import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResourceTitleLink } from "@/components/resource-title-link";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { getCollection } from "@/lib/server/collections/get-collection";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Collection" };

type TProps = { params: Promise<{ country: string; slug: string }> };

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
