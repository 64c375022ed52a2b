import "server-only";
import { assertStatsScope } from "@/lib/authz/stats-scope";
import type { TStatsResult } from "@/lib/schemas/stats";
import type { TStatsNamedOptions } from "@/lib/stats/stats-options";
import { getDb } from "@/lib/server/database/get-db";
import { nameInstitutions } from "./name-institutions";
import { resourceScopeSql } from "./resource-scope-sql";

type TRow = { institutionId: string; uploads: bigint; publications: bigint };

// Resources created (uploaded or imported) and published in the range, by the institution
// they belong to. A resource withdrawn since still counts as published that day.
export async function getUploadsByInstitution(options: TStatsNamedOptions): Promise<TStatsResult["uploadsByInstitution"]> {
  assertStatsScope(options.viewer, options.scope);
  const [from, before] = [options.from, options.to];
  const rows = await getDb().$queryRaw<TRow[]>`
    SELECT r."institutionId"::text AS "institutionId",
           count(*) FILTER (WHERE r."createdAt" >= ${from}::date AND r."createdAt" < ${before}::date + 1) AS uploads,
           count(*) FILTER (WHERE r."publishedAt" >= ${from}::date AND r."publishedAt" < ${before}::date + 1) AS publications
    FROM "Resource" r
    WHERE ((r."createdAt" >= ${from}::date AND r."createdAt" < ${before}::date + 1)
        OR (r."publishedAt" >= ${from}::date AND r."publishedAt" < ${before}::date + 1)) ${resourceScopeSql(options.scope)}
    GROUP BY 1`;
  const names = await nameInstitutions(rows.map((r) => r.institutionId), options.languages);
  return rows
    .map((r) => ({ ...names.get(r.institutionId)!, uploads: Number(r.uploads), publications: Number(r.publications) }))
    .sort((a, b) => b.uploads - a.uploads || b.publications - a.publications || a.name.localeCompare(b.name, "en"));
}
