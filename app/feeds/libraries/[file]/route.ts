import { notFound } from "@/lib/errors";
import { ATOM_CONTENT_TYPE } from "@/lib/feeds/atom-content-type";
import { renderAtomFeed } from "@/lib/feeds/render-atom-feed";
import { xmlResponse } from "@/lib/http/xml-response";
import { authenticated } from "@/lib/server/auth/authenticated";
import { getLibraryFeed } from "@/lib/server/feeds/get-library-feed";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ file: string }> };

// GET /feeds/libraries/{COUNTRY}.atom: one library's latest public resources.
export const GET = authenticated<TContext>("anyone", async (request, { params }) => {
  const country = /^([a-z]{2})\.atom$/i.exec((await params).file)?.[1];
  const feed = country ? await getLibraryFeed(country) : null;
  if (!feed) throw notFound("library");
  return xmlResponse(request, renderAtomFeed(feed), { contentType: ATOM_CONTENT_TYPE, lastModified: feed.updated });
});
