import "server-only";
import { getEnv } from "@/lib/env";
import type { TAtomFeed } from "@/lib/feeds/atom-types";
import { toAtomFeed } from "@/lib/feeds/to-atom-feed";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { ZUuid } from "@/lib/schemas/account";
import type { TTranslations } from "@/lib/schemas/translations";
import { getDb } from "@/lib/server/database/get-db";
import { listFeedResources } from "./list-feed-resources";

// A collection's public published resources, the most recently published first (a reader
// wants what is new, not the course order); null for an unknown collection.
export async function getCollectionFeed(id: string): Promise<TAtomFeed | null> {
  if (!ZUuid.safeParse(id).success) return null;
  const collection = await getDb().collection.findUnique({ where: { id }, select: { id: true, slug: true, title: true, description: true, library: { select: { countryCode: true } } } });
  if (!collection) return null;
  const env = getEnv();
  const title = pickTranslation(collection.title as TTranslations, ["en"]);
  const description = pickTranslation(collection.description as TTranslations, title ? [title.lang] : ["en"]);
  return toAtomFeed({
    // The repository's name (a setting) and the title may be in different languages: no xml:lang.
    title: { text: `${env.REPOSITORY_NAME} · ${title?.text ?? collection.slug}` },
    subtitle: description ?? undefined,
    selfPath: `/feeds/collections/${collection.id}.atom`,
    alternatePath: `/collections/${collection.library.countryCode.toLowerCase()}/${collection.slug}`,
    publicUrl: env.PUBLIC_URL,
    repositoryName: env.REPOSITORY_NAME,
    resources: await listFeedResources({ collectionItems: { some: { collectionId: collection.id } } }),
    now: new Date(),
  });
}
