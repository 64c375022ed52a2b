import type { TStatsResult } from "@/lib/schemas/stats";
import { emptyUsage } from "./collect-usage";

type TParts = Pick<TStatsResult, "usageOverTime" | "byInstitution" | "byCountry" | "uploadsByInstitution" | "searchesOverTime">;

// The headline numbers, added up from the tables below them so that they always agree.
export function summarizeStats(parts: TParts): TStatsResult["totals"] {
  const usage = emptyUsage();
  for (const p of parts.usageOverTime) {
    usage.views += p.views;
    usage.uniqueViews += p.uniqueViews;
    usage.downloads += p.downloads;
    usage.uniqueDownloads += p.uniqueDownloads;
  }
  const sum = <T>(rows: readonly T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return {
    ...usage,
    institutionsServed: parts.byInstitution.filter((i) => i.institution !== null).length,
    countriesServed: parts.byCountry.filter((c) => c.country !== null).length,
    uploads: sum(parts.uploadsByInstitution, (i) => i.uploads),
    publications: sum(parts.uploadsByInstitution, (i) => i.publications),
    searches: sum(parts.searchesOverTime, (s) => s.searches),
    zeroResultSearches: sum(parts.searchesOverTime, (s) => s.zeroResults),
  };
}
