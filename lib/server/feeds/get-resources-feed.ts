import "server-only";
import { getEnv } from "@/lib/env";
import type { TAtomFeed } from "@/lib/feeds/atom-types";
import { toAtomFeed } from "@/lib/feeds/to-atom-feed";
import { listFeedResources } from "./list-feed-resources";

// Every library's newly published public resources.
export async function getResourcesFeed(): Promise<TAtomFeed> {
  const env = getEnv();
  return toAtomFeed({
    title: { text: env.REPOSITORY_NAME }, // a setting, in whatever language the operators chose
    selfPath: "/feeds/resources.atom",
    alternatePath: "/search",
    publicUrl: env.PUBLIC_URL,
    repositoryName: env.REPOSITORY_NAME,
    resources: await listFeedResources({}),
    now: new Date(),
  });
}
