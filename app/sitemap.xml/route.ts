import { renderSitemapIndex } from "@/lib/feeds/render-sitemap-index";
import { xmlResponse } from "@/lib/http/xml-response";
import { authenticated } from "@/lib/server/auth/authenticated";
import { getSitemapIndex } from "@/lib/server/sitemaps/get-sitemap-index";

export const dynamic = "force-dynamic";

// GET /sitemap.xml: a sitemap index of /sitemaps/{n}.xml. A plain route rather than Next's
// sitemap.ts with generateSitemaps, which serves the parts but no index at /sitemap.xml and
// fixes the number of parts when the app is built.
export const GET = authenticated("anyone", async (request) => {
  return xmlResponse(request, renderSitemapIndex(await getSitemapIndex()), { contentType: "application/xml; charset=utf-8" });
});
