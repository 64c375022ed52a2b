import "server-only";
import { getEnv } from "@/lib/env";
import { addDays, todayUtc } from "@/lib/stats/iso-date";
import { getDb } from "@/lib/server/database/get-db";
import { listUnrolledDays } from "./list-unrolled-days";

const BATCH = 10_000;

// Deletes raw usage events and search logs of the days before the last STATS_RETENTION_DAYS
// (the rollups stay), a batch per statement so no lock is held for long. A day not yet rolled
// up is kept, with everything after it, until the rollup job has counted it.
export async function pruneUsageEvents(options: { now?: Date } = {}): Promise<{ usageEvents: number; searchLogs: number }> {
  const db = getDb();
  const retained = addDays(todayUtc(options.now), -getEnv().STATS_RETENTION_DAYS);
  const [unrolled] = await listUnrolledDays({ before: retained, limit: 1 });
  const cutoff = new Date(`${unrolled ?? retained}T00:00:00Z`);
  const usageEvents = await inBatches(
    () => db.$executeRaw`DELETE FROM "UsageEvent" WHERE id IN (SELECT id FROM "UsageEvent" WHERE "occurredAt" < ${cutoff} ORDER BY "occurredAt" LIMIT ${BATCH})`,
  );
  const searchLogs = await inBatches(
    () => db.$executeRaw`DELETE FROM "SearchLog" WHERE id IN (SELECT id FROM "SearchLog" WHERE "createdAt" < ${cutoff} ORDER BY "createdAt" LIMIT ${BATCH})`,
  );
  return { usageEvents, searchLogs };
}

async function inBatches(deleteBatch: () => Promise<number>): Promise<number> {
  let deleted = 0;
  let n: number;
  do {
    n = await deleteBatch();
    deleted += n;
  } while (n === BATCH);
  return deleted;
}
