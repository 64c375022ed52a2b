import "server-only";
import { assertStatsScope } from "@/lib/authz/stats-scope";
import type { TStatsResult } from "@/lib/schemas/stats";
import { byUsage, collectUsage, type TUsageRow } from "@/lib/stats/collect-usage";
import type { TStatsNamedOptions } from "@/lib/stats/stats-options";
import { getDb } from "@/lib/server/database/get-db";
import { nameInstitutions } from "./name-institutions";
import { scopeSql } from "./scope-sql";

// Views and downloads by the viewers' institution (anonymous viewers together), most used first.
export async function getUsageByInstitution(options: TStatsNamedOptions): Promise<TStatsResult["byInstitution"]> {
  assertStatsScope(options.viewer, options.scope);
  const rows = await getDb().$queryRaw<TUsageRow[]>`
    SELECT "institutionId" AS key, kind::text AS kind, sum(total)::bigint AS total, sum("unique")::bigint AS "unique"
    FROM "UsageDailyByInstitution"
    WHERE day BETWEEN ${options.from}::date AND ${options.to}::date ${scopeSql(options.scope)}
    GROUP BY 1, 2`;
  const usage = collectUsage(rows);
  const names = await nameInstitutions([...usage.keys()], options.languages);
  return [...usage]
    .map(([id, counts]) => ({ ...names.get(id)!, ...counts }))
    .sort((a, b) => byUsage(a, b) || a.name.localeCompare(b.name, "en"));
}
