import "server-only";
import { assertStatsScope, scopeCountry, type TStatsScope } from "@/lib/authz/stats-scope";
import type { TMaybeViewer } from "@/lib/authz/types";
import { notFound } from "@/lib/errors";
import type { TGranularity, TStatsResult } from "@/lib/schemas/stats";
import { summarizeStats } from "@/lib/stats/summarize-stats";
import { getDb } from "@/lib/server/database/get-db";
import { getReviewTurnaround } from "./get-review-turnaround";
import { getSearchesOverTime } from "./get-searches-over-time";
import { getTopResources } from "./get-top-resources";
import { getUploadsByInstitution } from "./get-uploads-by-institution";
import { getUsageByCountry } from "./get-usage-by-country";
import { getUsageByInstitution } from "./get-usage-by-institution";
import { getUsageOverTime } from "./get-usage-over-time";
import { getZeroResultTerms } from "./get-zero-result-terms";

export type TStatsDashboardOptions = {
  viewer: TMaybeViewer;
  scope: TStatsScope;
  from: string;
  to: string;
  granularity: TGranularity;
  languages?: readonly string[];
  // How many resources to list: the dashboard shows the top 20, the API and CSV up to 1,000.
  resourceLimit: number;
};

// Every number of the statistics dashboard (page, CSV and API alike), each read from the
// rollups in parallel; the headline numbers are added up from them.
export async function getStatsDashboard(options: TStatsDashboardOptions): Promise<TStatsResult> {
  assertStatsScope(options.viewer, options.scope);
  const country = scopeCountry(options.scope);
  if (country !== null && !(await getDb().library.findUnique({ where: { countryCode: country }, select: { id: true } }))) throw notFound("library");
  const [usageOverTime, byInstitution, byCountry, resources, uploadsByInstitution, reviewTurnaround, searchesOverTime, zeroResultTerms] = await Promise.all([
    getUsageOverTime(options),
    getUsageByInstitution(options),
    getUsageByCountry(options),
    getTopResources({ ...options, limit: options.resourceLimit }),
    getUploadsByInstitution(options),
    getReviewTurnaround(options),
    getSearchesOverTime(options),
    getZeroResultTerms(options),
  ]);
  return {
    scope: options.scope,
    from: options.from,
    to: options.to,
    granularity: options.granularity,
    totals: summarizeStats({ usageOverTime, byInstitution, byCountry, uploadsByInstitution, searchesOverTime }),
    usageOverTime,
    byInstitution,
    byCountry,
    resources: resources.items,
    resourcesTruncated: resources.truncated,
    uploadsByInstitution,
    reviewTurnaround,
    searchesOverTime,
    zeroResultTerms,
  };
}
