import "server-only";
import { pruneUsageEvents } from "./prune-usage-events";
import { rollUpPendingDays } from "./roll-up-pending-days";

// The worker's statistics round: roll up what is pending, then prune raw events past their
// retention. Says only what is news (earlier days caught up, rows pruned), not each routine pass.
export async function updateUsageStatistics(log: (message: string) => void): Promise<void> {
  const days = await rollUpPendingDays();
  if (days.length > 2) log(`usage statistics: rolled up ${days.length - 2} earlier days (${days[0]} to ${days.at(-3)})`);
  const pruned = await pruneUsageEvents();
  if (pruned.usageEvents || pruned.searchLogs) log(`usage statistics: pruned ${pruned.usageEvents} usage events and ${pruned.searchLogs} search logs`);
}
