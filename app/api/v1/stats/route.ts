import { NETWORK } from "@/lib/authz/stats-scope";
import { acceptedLanguages } from "@/lib/http/accepted-languages";
import { readQuery } from "@/lib/http/read-query";
import { ZStatsQuery, ZStatsResult } from "@/lib/schemas/stats";
import { authenticated } from "@/lib/server/auth/authenticated";
import { getStatsDashboard } from "@/lib/server/stats/get-stats-dashboard";
import { MAX_RESOURCE_ROWS } from "@/lib/server/stats/get-top-resources";

export const dynamic = "force-dynamic";

// GET /api/v1/stats?library=UZ&from=YYYY-MM-DD&to=YYYY-MM-DD[&granularity=week]: the
// dashboard's numbers as JSON, with every resource used (up to 1,000). Without a library,
// the network's (admins only).
export const GET = authenticated("staff", async (request, { viewer }) => {
  const query = readQuery(request, ZStatsQuery);
  const stats = await getStatsDashboard({
    viewer,
    scope: query.library ?? NETWORK,
    from: query.from,
    to: query.to,
    granularity: query.granularity,
    languages: acceptedLanguages(request.headers.get("accept-language")),
    resourceLimit: MAX_RESOURCE_ROWS,
  });
  return Response.json(ZStatsResult.parse(stats), { headers: { "Cache-Control": "private, no-store" } });
});
