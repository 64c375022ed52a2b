import "server-only";
import { getMessages } from "next-intl/server";
import type { TLocale } from "@/lib/i18n/locales";
import { localizeStatsNames } from "@/lib/stats/localize-stats-names";
import { buildStatsTable, TOP_RESOURCES_SHOWN, type TStatsTable, type TStatsTableName } from "@/lib/stats/stats-tables";
import { getStatsDashboard, type TStatsDashboardOptions } from "./get-stats-dashboard";
import { MAX_RESOURCE_ROWS } from "./get-top-resources";

// One table of the dashboard, for its CSV: built from the same numbers the page shows; the
// per-resource list goes beyond the top 20, up to 1,000 resources. With a locale, the header
// row and the names are in that language (as on the page); without one, English.
export async function getStatsTable({ table, locale, ...options }: Omit<TStatsDashboardOptions, "resourceLimit"> & { table: TStatsTableName; locale?: TLocale }): Promise<TStatsTable> {
  const data = await getStatsDashboard({ ...options, resourceLimit: table === "resources" ? MAX_RESOURCE_ROWS : TOP_RESOURCES_SHOWN });
  if (!locale) return buildStatsTable(table, data);
  const [messages, named] = await Promise.all([getMessages({ locale }), localizeStatsNames(data, locale)]);
  return buildStatsTable(table, named, { locale, messages });
}
