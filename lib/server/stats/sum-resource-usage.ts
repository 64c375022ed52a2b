import "server-only";
import { Prisma } from "@prisma/client";
import type { TStatsScope } from "@/lib/authz/stats-scope";
import { getDb } from "@/lib/server/database/get-db";
import { resourceUsageSql } from "./resource-usage-sql";

export type TResourceSum = { id: string; library: string; total: bigint; unique: bigint };

// Each resource's use of one kind over a range, summed from the monthly and daily rollups:
// for the given resources (`only`), or the `take` most used, skipping some (`except`).
export function sumResourceUsage(options: { scope: TStatsScope; from: string; to: string; kind: "VIEW" | "DOWNLOAD"; only?: readonly string[]; take?: number; except?: readonly string[] }) {
  const except = options.except?.length ? Prisma.sql`HAVING NOT ("resourceId" = ANY(${options.except}::uuid[]))` : Prisma.empty;
  const top = options.take === undefined ? Prisma.empty : Prisma.sql`ORDER BY total DESC, "resourceId" LIMIT ${options.take}`;
  return getDb().$queryRaw<TResourceSum[]>`
    SELECT "resourceId"::text AS id, min("libraryCountry") AS library, sum(total)::bigint AS total, sum("unique")::bigint AS "unique"
    FROM (${resourceUsageSql(options)}) u
    GROUP BY "resourceId" ${except} ${top}`;
}
