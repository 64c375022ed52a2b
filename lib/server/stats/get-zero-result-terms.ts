import "server-only";
import { assertStatsScope } from "@/lib/authz/stats-scope";
import type { TStatsResult } from "@/lib/schemas/stats";
import type { TStatsOptions } from "@/lib/stats/stats-options";
import { getDb } from "@/lib/server/database/get-db";

export const ZERO_RESULT_TERMS_SHOWN = 20;

// What people searched for and did not find, most often first. Terms are not tied to a
// searcher or a library (search spans them all), so every scope sees the network's.
export async function getZeroResultTerms(options: TStatsOptions & { limit?: number }): Promise<TStatsResult["zeroResultTerms"]> {
  assertStatsScope(options.viewer, options.scope);
  const rows = await getDb().$queryRaw<{ term: string; count: bigint }[]>`
    SELECT term, sum(count)::bigint AS count
    FROM "ZeroResultTermDaily"
    WHERE day BETWEEN ${options.from}::date AND ${options.to}::date
    GROUP BY term
    ORDER BY count DESC, term
    LIMIT ${options.limit ?? ZERO_RESULT_TERMS_SHOWN}`;
  return rows.map((r) => ({ term: r.term, count: Number(r.count) }));
}
