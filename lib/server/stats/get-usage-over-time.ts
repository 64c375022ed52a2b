import "server-only";
import { assertStatsScope } from "@/lib/authz/stats-scope";
import type { TStatsResult } from "@/lib/schemas/stats";
import { collectUsage, emptyUsage, type TUsageRow } from "@/lib/stats/collect-usage";
import { listPeriods } from "@/lib/stats/list-periods";
import type { TStatsSeriesOptions } from "@/lib/stats/stats-options";
import { getDb } from "@/lib/server/database/get-db";
import { scopeSql } from "./scope-sql";

// Views and downloads per day, week or month, from the daily totals (a few rows a day).
export async function getUsageOverTime(options: TStatsSeriesOptions): Promise<TStatsResult["usageOverTime"]> {
  assertStatsScope(options.viewer, options.scope);
  const rows = await getDb().$queryRaw<TUsageRow[]>`
    SELECT to_char(date_trunc(${options.granularity}, day::timestamp), 'YYYY-MM-DD') AS key, kind::text AS kind,
           sum(total)::bigint AS total, sum("unique")::bigint AS "unique"
    FROM "UsageDailyTotal"
    WHERE day BETWEEN ${options.from}::date AND ${options.to}::date ${scopeSql(options.scope)}
    GROUP BY 1, 2`;
  const byPeriod = collectUsage(rows);
  return listPeriods(options.from, options.to, options.granularity).map((period) => ({ period, ...(byPeriod.get(period) ?? emptyUsage()) }));
}
