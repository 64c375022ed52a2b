import "server-only";
import { buildStatsTable, TOP_RESOURCES_SHOWN, type TStatsTable, type TStatsTableName } from "@/lib/stats/stats-tables";
import { getStatsDashboard, type TStatsDashboardOptions } from "./get-stats-dashboard";
import { MAX_RESOURCE_ROWS } from "./get-top-resources";

// One table of the dashboard, for its CSV: built from the same numbers the page shows; the
// per-resource list goes beyond the top 20, up to 1,000 resources.
export async function getStatsTable(options: Omit<TStatsDashboardOptions, "resourceLimit"> & { table: TStatsTableName }): Promise<TStatsTable> {
  const data = await getStatsDashboard({ ...options, resourceLimit: options.table === "resources" ? MAX_RESOURCE_ROWS : TOP_RESOURCES_SHOWN });
  return buildStatsTable(options.table, data);
}
