import "server-only";
import { assertStatsScope } from "@/lib/authz/stats-scope";
import type { TStatsResult } from "@/lib/schemas/stats";
import { listPeriods } from "@/lib/stats/list-periods";
import type { TStatsSeriesOptions } from "@/lib/stats/stats-options";
import { getDb } from "@/lib/server/database/get-db";
import { scopeSql } from "./scope-sql";

type TRow = { period: string; searches: bigint; zeroResults: bigint };

// Searches, and those that found nothing, per period. Search spans every library, so a
// library's view counts the searches of signed-in people from its country; the network's
// counts every search, anonymous ones included.
export async function getSearchesOverTime(options: TStatsSeriesOptions): Promise<TStatsResult["searchesOverTime"]> {
  assertStatsScope(options.viewer, options.scope);
  const rows = await getDb().$queryRaw<TRow[]>`
    SELECT to_char(date_trunc(${options.granularity}, day::timestamp), 'YYYY-MM-DD') AS period,
           sum(searches)::bigint AS searches, sum("zeroResults")::bigint AS "zeroResults"
    FROM "SearchDaily"
    WHERE day BETWEEN ${options.from}::date AND ${options.to}::date ${scopeSql(options.scope, `"countryCode"`)}
    GROUP BY 1`;
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  return listPeriods(options.from, options.to, options.granularity).map((period) => {
    const row = byPeriod.get(period);
    return { period, searches: Number(row?.searches ?? 0), zeroResults: Number(row?.zeroResults ?? 0) };
  });
}
