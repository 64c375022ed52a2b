import type { z } from "zod";
import { ZStatsQueryParams } from "@/lib/schemas/stats";
import { RESPONSE_SCHEMAS as R } from "../api-components";
import type { TApiOperation } from "../api-operation";

// ZStatsQueryParams is shared with the dashboard, so its parameters are described here.
const DESCRIBE: Record<keyof z.input<typeof ZStatsQueryParams>, string> = {
  library: "The library (country code, e.g. UZ); omitted: the whole network, for admins only.",
  from: "First day, YYYY-MM-DD (UTC), inclusive. Default: 29 days before `to`.",
  to: "Last day, YYYY-MM-DD (UTC), inclusive. Default: today. At most 3 years after `from`.",
  granularity: "Periods of the time series: day (default), week (from Monday) or month.",
};

export const STATS_OPERATIONS: TApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/stats",
    operationId: "getStats",
    tag: "Statistics",
    summary: "Usage statistics of a library or the network",
    description:
      "The numbers of the statistics dashboard: views and downloads (COUNTER Release 5: double clicks counted once, robots never, unique items per visitor and hour) over time, by the viewer's institution and country, per resource (up to 1,000, most downloaded first), uploads and publications per institution, review turnaround, searches and zero-result terms. A library's librarians and admins; another library is 404, the network 403 for librarians.",
    access: "staff",
    query: ZStatsQueryParams,
    describe: DESCRIBE,
    responses: { 200: { description: "The statistics of the range.", schema: R.StatsResult } },
    errors: [400, 401, 403, 404],
    example: { path: "/api/v1/stats?library=UZ&from=2025-01-01&to=2025-03-31&granularity=month" },
  },
];
