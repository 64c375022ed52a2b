import "server-only";
import { Prisma } from "@prisma/client";
import type { TStatsScope } from "@/lib/authz/stats-scope";
import { splitMonths } from "@/lib/stats/split-months";
import { scopeSql } from "./scope-sql";

// One kind of per-resource usage over a range, as rows (resourceId, libraryCountry, total,
// unique) to be summed: whole months from the monthly rollup, the ragged days at either end
// from the daily one, so a year reads a dozen rows per resource rather than 365. `only`
// narrows it to some resources (their views once the page is chosen).
export function resourceUsageSql(options: { scope: TStatsScope; from: string; to: string; kind: "VIEW" | "DOWNLOAD"; only?: readonly string[] }): Prisma.Sql {
  const { months, days } = splitMonths(options.from, options.to);
  const scope = scopeSql(options.scope);
  const only = options.only ? Prisma.sql`AND "resourceId" = ANY(${options.only}::uuid[])` : Prisma.empty;
  const kind = Prisma.sql`kind = ${options.kind}::"UsageKind"`;
  const parts: Prisma.Sql[] = [];
  if (months) {
    parts.push(Prisma.sql`SELECT "resourceId", "libraryCountry", total, "unique" FROM "UsageMonthlyByResource"
      WHERE month >= ${months.from}::date AND month < ${months.before}::date AND ${kind} ${scope} ${only}`);
  }
  for (const d of days) {
    parts.push(Prisma.sql`SELECT "resourceId", "libraryCountry", total, "unique" FROM "UsageDailyByResource"
      WHERE day BETWEEN ${d.from}::date AND ${d.to}::date AND ${kind} ${scope} ${only}`);
  }
  return Prisma.join(parts, " UNION ALL ");
}
