import "server-only";
import { assertStatsScope } from "@/lib/authz/stats-scope";
import type { TStatsResult } from "@/lib/schemas/stats";
import type { TStatsNamedOptions } from "@/lib/stats/stats-options";
import { getDb } from "@/lib/server/database/get-db";
import { nameInstitutions } from "./name-institutions";
import { resourceScopeSql } from "./resource-scope-sql";

type TRow = { institutionId: string | null; count: bigint; median: number | null; p90: number | null };

// Days from submission to publication for the resources published in the range, per
// institution and overall (median and 90th percentile). A resource sent back for changes
// counts from its last submission: how long the library took with the version it published.
export async function getReviewTurnaround(options: TStatsNamedOptions): Promise<TStatsResult["reviewTurnaround"]> {
  assertStatsScope(options.viewer, options.scope);
  const rows = await getDb().$queryRaw<TRow[]>`
    SELECT r."institutionId"::text AS "institutionId", count(*) AS count,
           round((percentile_cont(0.5) WITHIN GROUP (ORDER BY d.days))::numeric, 1)::float8 AS median,
           round((percentile_cont(0.9) WITHIN GROUP (ORDER BY d.days))::numeric, 1)::float8 AS p90
    FROM "Resource" r
    CROSS JOIN LATERAL (SELECT extract(epoch FROM r."publishedAt" - r."submittedAt") / 86400 AS days) d
    WHERE r."publishedAt" >= ${options.from}::date AND r."publishedAt" < ${options.to}::date + 1
      AND r."submittedAt" IS NOT NULL AND r."submittedAt" <= r."publishedAt" ${resourceScopeSql(options.scope)}
    GROUP BY GROUPING SETS ((r."institutionId"), ())`;
  const toTurnaround = (r: TRow | undefined) => ({ count: Number(r?.count ?? 0), medianDays: r?.median ?? null, p90Days: r?.p90 ?? null });
  const perInstitution = rows.filter((r) => r.institutionId !== null);
  const names = await nameInstitutions(perInstitution.map((r) => r.institutionId!), options.languages);
  return {
    overall: toTurnaround(rows.find((r) => r.institutionId === null)),
    byInstitution: perInstitution
      .map((r) => ({ ...names.get(r.institutionId!)!, ...toTurnaround(r) }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "en")),
  };
}
