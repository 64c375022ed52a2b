import "server-only";
import { getEnv } from "@/lib/env";
import { addDays, todayUtc } from "@/lib/stats/iso-date";
import { getDb } from "@/lib/server/database/get-db";

// Rollups of several workers (or a worker and `npm run stats:rollup`) take turns.
const ROLLUP_LOCK = 0x6b697462; // "kitb"

// Rewrites one UTC day of every rollup from the raw events, in one transaction, so a rerun
// never counts twice and readers never see half a day. COUNTER Release 5 rules:
// - double clicks: requests by one visitor for one item (one file, for downloads) less than
//   30 seconds apart count once, the one kept being the last (visitor keys change at
//   midnight, so no double click spans two days);
// - `unique`: an item counts once per session, a session being a visitor within one clock hour
//   (COUNTER's user + date + hour, the visitor key already changing daily). Each session's first
//   request is marked once, so every rollup counts marks instead of sorting for DISTINCT.
// A day before the retention window that is already rolled up is left alone: its raw events
// may be pruned, and rebuilding it would lose what they counted. Returns the events counted,
// or null when the day was left alone.
export async function rollUpDay(day: Date): Promise<number | null> {
  const d = day.toISOString().slice(0, 10);
  const started = new Date();
  return getDb().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ROLLUP_LOCK}::bigint)`;
      if (d < addDays(todayUtc(), -getEnv().STATS_RETENTION_DAYS) && (await tx.rollupDay.findUnique({ where: { day: new Date(d) } }))) return null;

      await tx.$executeRaw`CREATE TEMP TABLE rollup_usage (kind "UsageKind", "resourceId" uuid, "libraryCountry" char(2), institution text, country text, first_in_session boolean) ON COMMIT DROP`;
      const counted = await tx.$executeRaw`
        INSERT INTO rollup_usage
        SELECT kind, "resourceId", "libraryCountry", coalesce("institutionId"::text, ''), coalesce("countryCode"::text, ''),
               row_number() OVER (PARTITION BY "visitorKey", "resourceId", kind, date_trunc('hour', "occurredAt")) = 1
        FROM (
          SELECT e.*, lead("occurredAt") OVER (PARTITION BY "visitorKey", "resourceId", kind, "fileId" ORDER BY "occurredAt", id) AS next_at
          FROM "UsageEvent" e
          WHERE "occurredAt" >= ${d}::date AND "occurredAt" < ${d}::date + 1
        ) e
        WHERE next_at IS NULL OR next_at >= "occurredAt" + interval '30 seconds'`;

      for (const table of ["UsageDailyTotal", "UsageDailyByInstitution", "UsageDailyByCountry", "UsageDailyByResource", "SearchDaily", "ZeroResultTermDaily"]) {
        await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "day" = $1::date`, d);
      }
      await tx.$executeRaw`
        INSERT INTO "UsageDailyTotal" ("day", "kind", "libraryCountry", "total", "unique")
        SELECT ${d}::date, kind, "libraryCountry", count(*), count(*) FILTER (WHERE first_in_session) FROM rollup_usage GROUP BY kind, "libraryCountry"`;
      await tx.$executeRaw`
        INSERT INTO "UsageDailyByInstitution" ("day", "kind", "libraryCountry", "institutionId", "total", "unique")
        SELECT ${d}::date, kind, "libraryCountry", institution, count(*), count(*) FILTER (WHERE first_in_session) FROM rollup_usage GROUP BY kind, "libraryCountry", institution`;
      await tx.$executeRaw`
        INSERT INTO "UsageDailyByCountry" ("day", "kind", "libraryCountry", "countryCode", "total", "unique")
        SELECT ${d}::date, kind, "libraryCountry", country, count(*), count(*) FILTER (WHERE first_in_session) FROM rollup_usage GROUP BY kind, "libraryCountry", country`;
      await tx.$executeRaw`
        INSERT INTO "UsageDailyByResource" ("day", "kind", "libraryCountry", "resourceId", "total", "unique")
        SELECT ${d}::date, kind, "libraryCountry", "resourceId", count(*), count(*) FILTER (WHERE first_in_session) FROM rollup_usage GROUP BY kind, "libraryCountry", "resourceId"`;

      // The month, from its days: COUNTER's monthly figures are sums of sessions and requests.
      await tx.$executeRaw`DELETE FROM "UsageMonthlyByResource" WHERE "month" = date_trunc('month', ${d}::timestamp)::date`;
      await tx.$executeRaw`
        INSERT INTO "UsageMonthlyByResource" ("month", "kind", "libraryCountry", "resourceId", "total", "unique")
        SELECT date_trunc('month', ${d}::timestamp)::date, kind, "libraryCountry", "resourceId", sum("total"), sum("unique") FROM "UsageDailyByResource"
        WHERE "day" >= date_trunc('month', ${d}::timestamp) AND "day" < date_trunc('month', ${d}::timestamp) + interval '1 month'
        GROUP BY kind, "libraryCountry", "resourceId"`;

      await tx.$executeRaw`
        INSERT INTO "SearchDaily" ("day", "countryCode", "searches", "zeroResults")
        SELECT ${d}::date, coalesce("countryCode"::text, ''), count(*), count(*) FILTER (WHERE "resultCount" = 0) FROM "SearchLog"
        WHERE "createdAt" >= ${d}::date AND "createdAt" < ${d}::date + 1
        GROUP BY 2`;
      await tx.$executeRaw`
        INSERT INTO "ZeroResultTermDaily" ("day", "term", "count")
        SELECT ${d}::date, term, count(*) FROM (
          SELECT left(lower(btrim(query)), 200) AS term FROM "SearchLog"
          WHERE "createdAt" >= ${d}::date AND "createdAt" < ${d}::date + 1 AND "resultCount" = 0
        ) s
        WHERE term <> '' GROUP BY term`;

      await tx.rollupDay.upsert({ where: { day: new Date(d) }, create: { day: new Date(d), rolledAt: started }, update: { rolledAt: started } });
      return counted;
    },
    { maxWait: 60_000, timeout: 10 * 60_000 },
  );
}
