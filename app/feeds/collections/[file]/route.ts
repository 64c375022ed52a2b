import { notFound } from "@/lib/errors";
import { ATOM_CONTENT_TYPE } from "@/lib/feeds/atom-content-type";
import { renderAtomFeed } from "@/lib/feeds/render-atom-feed";
import { xmlResponse } from "@/lib/http/xml-response";
import { authenticated } from "@/lib/server/auth/authenticated";
import { getCollectionFeed } from "@/lib/server/feeds/get-collection-feed";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ file: string }> };

// GET /feeds/collections/{id}.atom: a collection's public resources, latest published first.
export const GET = authenticated<TContext>("anyone", async (request, { params }) => {
  const id = /^(.+)\.atom$/.exec((await params).file)?.[1];
  const feed = id ? await getCollectionFeed(id) : null;
  if (!feed) throw notFound("collection");
  return xmlResponse(request, renderAtomFeed(feed), { contentType: ATOM_CONTENT_TYPE, lastModified: feed.updated });
});
