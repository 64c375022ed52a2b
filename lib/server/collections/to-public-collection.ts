import "server-only";
import { getEnv } from "@/lib/env";
import { ZPublicCollection, ZPublicCollectionSummary } from "@/lib/schemas/public-collection";
import type { getCollection } from "./get-collection";
import type { listCollections } from "./list-collections";

type TListed = Awaited<ReturnType<typeof listCollections>>[number];
type TFull = NonNullable<Awaited<ReturnType<typeof getCollection>>>;

const url = (country: string, slug: string) => new URL(`/collections/${country.toLowerCase()}/${slug}`, getEnv().PUBLIC_URL).toString();

// A collection (listed, or with its resources) through the public schema.
export function toPublicCollection(collection: TListed | TFull) {
  const summary = {
    id: collection.id,
    library: collection.library.countryCode,
    slug: collection.slug,
    title: collection.title,
    description: collection.description,
    url: url(collection.library.countryCode, collection.slug),
  };
  if (!("items" in collection)) return ZPublicCollectionSummary.parse({ ...summary, resourceCount: collection._count.items });
  return ZPublicCollection.parse({
    ...summary,
    resourceCount: collection.items.length,
    resources: collection.items.map(({ resource }) => ({ id: resource.id, title: resource.title, languages: resource.languages, year: resource.year })),
  });
}
