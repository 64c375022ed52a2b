import { notFound } from "@/lib/errors";
import { renderSitemap } from "@/lib/feeds/render-sitemap";
import { xmlResponse } from "@/lib/http/xml-response";
import { authenticated } from "@/lib/server/auth/authenticated";
import { getSitemapFile } from "@/lib/server/sitemaps/get-sitemap-file";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ file: string }> };

// GET /sitemaps/{n}.xml: 0 lists the pages, 1 and on the public resources (see /sitemap.xml).
export const GET = authenticated<TContext>("anyone", async (request, { params }) => {
  const n = /^(0|[1-9]\d{0,4})\.xml$/.exec((await params).file)?.[1];
  const urls = n === undefined ? null : await getSitemapFile(Number(n));
  if (!urls) throw notFound("sitemap");
  const lastModified = urls.reduce<Date | undefined>((max, u) => (max && max >= u.lastmod ? max : u.lastmod), undefined);
  return xmlResponse(request, renderSitemap(urls), { contentType: "application/xml; charset=utf-8", lastModified });
});
