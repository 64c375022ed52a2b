import "server-only";
import { getEnv } from "@/lib/env";
import type { TAtomFeed } from "@/lib/feeds/atom-types";
import { toAtomFeed } from "@/lib/feeds/to-atom-feed";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { getDb } from "@/lib/server/database/get-db";
import { listFeedResources } from "./list-feed-resources";

// One country library's newly published public resources; null for a country without a library.
export async function getLibraryFeed(country: string): Promise<TAtomFeed | null> {
  if (!/^[a-z]{2}$/i.test(country)) return null;
  const library = await getDb().library.findUnique({ where: { countryCode: country.toUpperCase() }, select: { id: true, countryCode: true, names: true } });
  if (!library) return null;
  const env = getEnv();
  const name = pickTranslation(library.names as TTranslations, ["en"])?.text ?? library.countryCode;
  return toAtomFeed({
    title: { text: `${env.REPOSITORY_NAME} · ${name}` },
    selfPath: `/feeds/libraries/${library.countryCode}.atom`,
    alternatePath: `/search?library=${library.countryCode}`,
    publicUrl: env.PUBLIC_URL,
    repositoryName: env.REPOSITORY_NAME,
    resources: await listFeedResources({ libraryId: library.id }),
    now: new Date(),
  });
}
