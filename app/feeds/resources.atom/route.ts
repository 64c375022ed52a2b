import { renderAtomFeed } from "@/lib/feeds/render-atom-feed";
import { ATOM_CONTENT_TYPE } from "@/lib/feeds/atom-content-type";
import { xmlResponse } from "@/lib/http/xml-response";
import { authenticated } from "@/lib/server/auth/authenticated";
import { getResourcesFeed } from "@/lib/server/feeds/get-resources-feed";

export const dynamic = "force-dynamic";

// GET /feeds/resources.atom: the latest public resources of every library.
export const GET = authenticated("anyone", async (request) => {
  const feed = await getResourcesFeed();
  return xmlResponse(request, renderAtomFeed(feed), { contentType: ATOM_CONTENT_TYPE, lastModified: feed.updated });
});
