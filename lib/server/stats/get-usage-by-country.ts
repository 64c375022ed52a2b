import "server-only";
import { assertStatsScope } from "@/lib/authz/stats-scope";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TStatsResult } from "@/lib/schemas/stats";
import type { TTranslations } from "@/lib/schemas/translations";
import { byUsage, collectUsage, type TUsageRow } from "@/lib/stats/collect-usage";
import type { TStatsNamedOptions } from "@/lib/stats/stats-options";
import { getDb } from "@/lib/server/database/get-db";
import { ANONYMOUS } from "./name-institutions";
import { scopeSql } from "./scope-sql";

// Views and downloads by the viewers' country (anonymous viewers together), most used first.
export async function getUsageByCountry(options: TStatsNamedOptions): Promise<TStatsResult["byCountry"]> {
  assertStatsScope(options.viewer, options.scope);
  const db = getDb();
  const rows = await db.$queryRaw<TUsageRow[]>`
    SELECT "countryCode" AS key, kind::text AS kind, sum(total)::bigint AS total, sum("unique")::bigint AS "unique"
    FROM "UsageDailyByCountry"
    WHERE day BETWEEN ${options.from}::date AND ${options.to}::date ${scopeSql(options.scope)}
    GROUP BY 1, 2`;
  const usage = collectUsage(rows);
  const countries = await db.country.findMany({ where: { code: { in: [...usage.keys()].filter(Boolean) } } });
  const names = new Map(countries.map((c) => [c.code, pickTranslation(c.names as TTranslations, options.languages ?? [])?.text ?? c.code]));
  return [...usage]
    .map(([code, counts]) => ({ country: code || null, name: code ? (names.get(code) ?? code) : ANONYMOUS, ...counts }))
    .sort((a, b) => byUsage(a, b) || a.name.localeCompare(b.name, "en"));
}
