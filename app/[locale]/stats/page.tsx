import type { Metadata } from "next";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { z } from "zod";
import { StatsChart } from "@/components/stats/stats-chart";
import { StatsHeadline } from "@/components/stats/stats-headline";
import { StatsRangeForm } from "@/components/stats/stats-range-form";
import { CsvLink, StatsTable } from "@/components/stats/stats-table";
import { defaultStatsScope, NETWORK } from "@/lib/authz/stats-scope";
import { searchesLineChart, usageBarChart, usageLineChart } from "@/lib/charts/stats-charts";
import { AppError } from "@/lib/errors";
import { getContentLanguages } from "@/lib/i18n/get-content-languages";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import type { TLocale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { STATS_MAX_MONTHS, ZStatsQuery } from "@/lib/schemas/stats";
import { addDays, isIsoDate, todayUtc } from "@/lib/stats/iso-date";
import { localizeStatsNames } from "@/lib/stats/localize-stats-names";
import { statsHref, type TStatsView } from "@/lib/stats/stats-href";
import { buildStatsTable, STATS_TABLE_NAMES, TOP_RESOURCES_SHOWN, type TStatsTable, type TStatsTableName } from "@/lib/stats/stats-tables";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { listLibraries } from "@/lib/server/libraries/list-libraries";
import { getStatsDashboard } from "@/lib/server/stats/get-stats-dashboard";
import { MAX_RESOURCE_ROWS } from "@/lib/server/stats/get-top-resources";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
type TTranslate = Awaited<ReturnType<typeof getTranslations<"StatsPage">>>;

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "StatsPage" });
  return { title: t("title"), robots: { index: false } };
}

// The schema's messages are the API's, in English: the page says the same in the viewer's words.
function invalidMessage(t: TTranslate, issue: z.core.$ZodIssue, raw: Record<string, string | undefined>): string {
  const field = String(issue.path[0] ?? "");
  if (field === "library" || field === "granularity") return t(`invalid.${field}`);
  if ((field === "from" || field === "to") && raw[field] && !isIsoDate(raw[field])) return t("invalid.date", { field });
  if (field === "from") return raw.from && raw.to && raw.from > raw.to ? t("invalid.order") : t("invalid.tooLong", { years: STATS_MAX_MONTHS / 12 });
  return issue.message;
}

// Librarians' and admins' statistics: a librarian's own library, an admin's network or any
// library, over a chosen range. Server-rendered; every chart has its table and its CSV.
export default async function StatsPage({ searchParams }: TProps) {
  const viewer = await requireViewer("staff", "/stats");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = ZStatsQuery.safeParse(raw);
  const [t, locale, messages, vocabulary, languages] = await Promise.all([getTranslations("StatsPage"), getLocale() as Promise<TLocale>, getMessages(), getVocabulary(), getContentLanguages()]);
  // A country the vocabulary does not know yet is named from the library's own record.
  const libraries = (await listLibraries()).map((l) => ({ code: l.countryCode, name: vocabulary.country(l.countryCode) !== l.countryCode ? vocabulary.country(l.countryCode) : (pickTranslation(l.countryNames, languages)?.text ?? l.countryCode) }));
  const libraryName = (code: string) => libraries.find((l) => l.code === code)?.name ?? code;
  const choices = viewer.role === "ADMIN" ? libraries : null;
  if (!parsed.success) {
    const view = { scope: defaultStatsScope(viewer), from: addDays(todayUtc(), -29), to: todayUtc(), granularity: "day" };
    return (
      <section className="stats-page">
        <h1>{t("title")}</h1>
        <p className="error-box" role="alert">{invalidMessage(t, parsed.error.issues[0]!, raw)}</p>
        <StatsRangeForm view={view} libraries={choices} />
      </section>
    );
  }
  const q = parsed.data;
  const view: TStatsView = { scope: q.library ?? defaultStatsScope(viewer), from: q.from, to: q.to, granularity: q.granularity };
  const found = await getStatsDashboard({ viewer, ...view, granularity: q.granularity, languages, resourceLimit: TOP_RESOURCES_SHOWN }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
  const data = await localizeStatsNames(found, locale);
  const intl = { locale, messages };
  const csv = (name: TStatsTableName) => getPathname({ href: statsHref("/stats/export", view, { table: name }), locale });
  const tables = Object.fromEntries(STATS_TABLE_NAMES.map((name) => [name, buildStatsTable(name, data, intl)])) as Record<TStatsTableName, TStatsTable>;
  return (
    <section className="stats-page">
      <h1>{view.scope === NETWORK ? t("headingNetwork") : t("headingLibrary", { library: libraryName(view.scope) })}</h1>
      <p className="stats-period" data-testid="stats-range" role="status">
        {t(`range.${data.granularity}`, { from: data.from, to: data.to })}
      </p>
      <StatsRangeForm view={view} libraries={choices} />
      <StatsHeadline data={data} />

      <section aria-labelledby="stats-usage">
        <h2 id="stats-usage">{t("usageHeading")}</h2>
        <StatsChart chart={usageLineChart(data, intl)} csvHref={csv("usage")} what={tables.usage.caption}>
          <StatsTable table={tables.usage} />
        </StatsChart>
      </section>

      <section aria-labelledby="stats-institutions">
        <h2 id="stats-institutions">{t("institutionsHeading")}</h2>
        <StatsChart chart={usageBarChart("institutions-chart", t("institutionsChart"), data.byInstitution, intl)} csvHref={csv("institutions")} what={tables.institutions.caption}>
          <StatsTable table={tables.institutions} />
        </StatsChart>
      </section>

      <section aria-labelledby="stats-countries">
        <h2 id="stats-countries">{t("countriesHeading")}</h2>
        <StatsChart chart={usageBarChart("countries-chart", t("countriesChart"), data.byCountry, intl)} csvHref={csv("countries")} what={tables.countries.caption}>
          <StatsTable table={tables.countries} />
        </StatsChart>
      </section>

      <section aria-labelledby="stats-resources">
        <h2 id="stats-resources">{t("resourcesHeading")}</h2>
        <StatsTable table={tables["top-resources"]} csvHref={csv("top-resources")} />
        {data.resourcesTruncated ? <CsvLink href={csv("resources")} what={t("everyResource", { max: MAX_RESOURCE_ROWS })} /> : null}
      </section>

      <section aria-labelledby="stats-uploads">
        <h2 id="stats-uploads">{t("uploadsHeading")}</h2>
        <StatsTable table={tables.uploads} csvHref={csv("uploads")} />
      </section>

      <section aria-labelledby="stats-turnaround">
        <h2 id="stats-turnaround">{t("turnaroundHeading")}</h2>
        <p className="hint">{t("turnaroundHint")}</p>
        <StatsTable table={tables.turnaround} csvHref={csv("turnaround")} />
      </section>

      <section aria-labelledby="stats-searches">
        <h2 id="stats-searches">{t("searchesHeading")}</h2>
        <p className="hint">{view.scope === NETWORK ? t("searchesHintNetwork") : t("searchesHintLibrary", { country: libraryName(view.scope) })}</p>
        <StatsChart chart={searchesLineChart(data, intl)} csvHref={csv("searches")} what={tables.searches.caption}>
          <StatsTable table={tables.searches} />
        </StatsChart>
        <h3>{t("zeroResultsHeading")}</h3>
        <p className="hint">{t("zeroResultsHint")}</p>
        <StatsTable table={tables["zero-result-terms"]} csvHref={csv("zero-result-terms")} />
      </section>
    </section>
  );
}
