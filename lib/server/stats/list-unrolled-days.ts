import "server-only";
import { getDb } from "@/lib/server/database/get-db";

// Days before `before` ("YYYY-MM-DD", UTC) that have usage events or searches but no rollup,
// oldest first. The days are found by hopping along the time indexes, one probe per day with
// events, instead of reading tens of millions of rows.
export async function listUnrolledDays(options: { before: string; limit: number }): Promise<string[]> {
  const rows = await getDb().$queryRaw<{ day: string }[]>`
    WITH RECURSIVE usage_days AS (
      SELECT (SELECT min("occurredAt") FROM "UsageEvent")::date AS day
      UNION ALL
      SELECT (SELECT min("occurredAt") FROM "UsageEvent" WHERE "occurredAt" >= u.day + 1)::date FROM usage_days u WHERE u.day < ${options.before}::date
    ), search_days AS (
      SELECT (SELECT min("createdAt") FROM "SearchLog")::date AS day
      UNION ALL
      SELECT (SELECT min("createdAt") FROM "SearchLog" WHERE "createdAt" >= s.day + 1)::date FROM search_days s WHERE s.day < ${options.before}::date
    )
    SELECT d.day::text AS day FROM (SELECT day FROM usage_days UNION SELECT day FROM search_days) d
    WHERE d.day < ${options.before}::date AND NOT EXISTS (SELECT 1 FROM "RollupDay" r WHERE r."day" = d.day)
    ORDER BY d.day LIMIT ${options.limit}`;
  return rows.map((r) => r.day);
}
