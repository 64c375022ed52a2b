import type { MetadataRoute } from "next";
import { getEnv } from "@/lib/env";

// Read at request time: PUBLIC_URL is a run-time setting, not the build's.
export const dynamic = "force-dynamic";

// Crawlers index resource pages and collections; accounts, staff pages, the API and search
// results are not for them. The bare /search page (the newest resources) is in the sitemap,
// so only searches with parameters (endless combinations of filters) are closed.
export default function robots(): MetadataRoute.Robots {
  const base = getEnv().PUBLIC_URL;
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", "/admin", "/review", "/my", "/profile", "/signin", "/register", "/verify-email", "/accept-invitation", "/resources/new", "/search?"],
    },
    sitemap: `${base}/sitemap.xml`,
  };
}
