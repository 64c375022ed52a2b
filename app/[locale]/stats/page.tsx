import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { StatsChart } from "@/components/stats/stats-chart";
import { StatsHeadline } from "@/components/stats/stats-headline";
import { StatsRangeForm } from "@/components/stats/stats-range-form";
import { CsvLink, StatsTable } from "@/components/stats/stats-table";
import { defaultStatsScope, NETWORK } from "@/lib/authz/stats-scope";
import { SERIES_STYLE } from "@/lib/charts/chart-series";
import { searchesLineChart, usageBarChart, usageLineChart } from "@/lib/charts/stats-charts";
import { AppError } from "@/lib/errors";
import { acceptedLanguages } from "@/lib/http/accepted-languages";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { ZStatsQuery } from "@/lib/schemas/stats";
import { addDays, todayUtc } from "@/lib/stats/iso-date";
import { statsHref, type TStatsView } from "@/lib/stats/stats-href";
import { buildStatsTable, TOP_RESOURCES_SHOWN, type TStatsTableName } from "@/lib/stats/stats-tables";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { listLibraries } from "@/lib/server/libraries/list-libraries";
import { getStatsDashboard } from "@/lib/server/stats/get-stats-dashboard";

export const metadata: Metadata = { title: "Statistics", robots: { index: false } };
export const dynamic = "force-dynamic";

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const USAGE_SERIES = [SERIES_STYLE.downloads, SERIES_STYLE.views];
const SEARCH_SERIES = [SERIES_STYLE.searches, SERIES_STYLE.zeroResults];

// Librarians' and admins' statistics: a librarian's own library, an admin's network or any
// library, over a chosen range. Server-rendered; every chart has its table and its CSV.
export default async function StatsPage({ searchParams }: TProps) {
  const viewer = await requireViewer("staff", "/stats");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = ZStatsQuery.safeParse(raw);
  const libraries = (await listLibraries()).map((l) => ({ code: l.countryCode, name: pickTranslation(l.countryNames, ["en"])?.text ?? l.countryCode }));
  const choices = viewer.role === "ADMIN" ? libraries : null;
  if (!parsed.success) {
    const view = { scope: defaultStatsScope(viewer), from: addDays(todayUtc(), -29), to: todayUtc(), granularity: "day" };
    return (
      <section className="stats-page">
        <h1>Statistics</h1>
        <p className="error-box" role="alert">{parsed.error.issues[0]!.message}</p>
        <StatsRangeForm view={view} libraries={choices} />
      </section>
    );
  }
  const q = parsed.data;
  const view: TStatsView = { scope: q.library ?? defaultStatsScope(viewer), from: q.from, to: q.to, granularity: q.granularity };
  const languages = acceptedLanguages((await headers()).get("accept-language"));
  const data = await getStatsDashboard({ viewer, ...view, granularity: q.granularity, languages, resourceLimit: TOP_RESOURCES_SHOWN }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
  const scopeName = view.scope === NETWORK ? "the whole network" : `${libraries.find((l) => l.code === view.scope)?.name ?? view.scope} library`;
  const csv = (table: TStatsTableName) => statsHref("/stats/export", view, { table });
  const table = (name: TStatsTableName) => buildStatsTable(name, data);
  return (
    <section className="stats-page">
      <h1>Statistics: {scopeName}</h1>
      <p className="stats-period" data-testid="stats-range" role="status">
        {data.from} to {data.to} (UTC days), by {data.granularity}
      </p>
      <StatsRangeForm view={view} libraries={choices} />
      <StatsHeadline data={data} />

      <section aria-labelledby="stats-usage">
        <h2 id="stats-usage">Views and downloads over time</h2>
        <StatsChart chart={usageLineChart(data)} series={USAGE_SERIES} csvHref={csv("usage")} what={table("usage").caption}>
          <StatsTable table={table("usage")} />
        </StatsChart>
      </section>

      <section aria-labelledby="stats-institutions">
        <h2 id="stats-institutions">By the viewer&apos;s institution</h2>
        <StatsChart chart={usageBarChart("institutions-chart", "Downloads and views by the viewer's institution", data.byInstitution)} series={USAGE_SERIES} csvHref={csv("institutions")} what={table("institutions").caption}>
          <StatsTable table={table("institutions")} />
        </StatsChart>
      </section>

      <section aria-labelledby="stats-countries">
        <h2 id="stats-countries">By the viewer&apos;s country</h2>
        <StatsChart chart={usageBarChart("countries-chart", "Downloads and views by the viewer's country", data.byCountry)} series={USAGE_SERIES} csvHref={csv("countries")} what={table("countries").caption}>
          <StatsTable table={table("countries")} />
        </StatsChart>
      </section>

      <section aria-labelledby="stats-resources">
        <h2 id="stats-resources">Top resources</h2>
        <StatsTable table={table("top-resources")} csvHref={csv("top-resources")} />
        {data.resourcesTruncated ? <CsvLink href={csv("resources")} what="every resource used in the range (up to 1,000)" /> : null}
      </section>

      <section aria-labelledby="stats-uploads">
        <h2 id="stats-uploads">Uploads and publications per institution</h2>
        <StatsTable table={table("uploads")} csvHref={csv("uploads")} />
      </section>

      <section aria-labelledby="stats-turnaround">
        <h2 id="stats-turnaround">Review turnaround</h2>
        <p className="hint">From a resource&apos;s last submission to its publication, for the resources published in the range.</p>
        <StatsTable table={table("turnaround")} csvHref={csv("turnaround")} />
      </section>

      <section aria-labelledby="stats-searches">
        <h2 id="stats-searches">Searches</h2>
        <p className="hint">{view.scope === NETWORK ? "Every search, anonymous ones included." : `Searches by signed-in people from ${view.scope}; search covers every library.`}</p>
        <StatsChart chart={searchesLineChart(data)} series={SEARCH_SERIES} csvHref={csv("searches")} what={table("searches").caption}>
          <StatsTable table={table("searches")} />
        </StatsChart>
        <h3>Searches that found nothing</h3>
        <p className="hint">Across the whole network: search terms are not tied to a library.</p>
        <StatsTable table={table("zero-result-terms")} csvHref={csv("zero-result-terms")} />
      </section>
    </section>
  );
}
