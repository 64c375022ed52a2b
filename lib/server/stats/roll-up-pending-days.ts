import "server-only";
import { addDays, todayUtc } from "@/lib/stats/iso-date";
import { listUnrolledDays } from "./list-unrolled-days";
import { rollUpDay } from "./roll-up-day";

// What the worker runs every few minutes: up to `earlierDays` older days that have events but
// no rollup yet (history brought in by a migration, a worker that was down), oldest first,
// then yesterday (its last minutes came after the last run before midnight) and today again.
// Returns the days rolled up.
export async function rollUpPendingDays(options: { earlierDays?: number; now?: Date } = {}): Promise<string[]> {
  const today = todayUtc(options.now);
  const yesterday = addDays(today, -1);
  const earlier = await listUnrolledDays({ before: yesterday, limit: options.earlierDays ?? 31 });
  const days = [...earlier, yesterday, today];
  for (const day of days) await rollUpDay(new Date(`${day}T00:00:00Z`));
  return days;
}
