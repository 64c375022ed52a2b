import { createTranslator } from "next-intl";
import { LOCALE_TAGS } from "@/lib/i18n/locales";
import type { TStatsResult } from "@/lib/schemas/stats";
import { ENGLISH_STATS, type TStatsIntl } from "@/lib/stats/stats-intl";
import { renderBarChart } from "./bar-chart";
import type { TChart } from "./finish-svg";
import { SERIES_STYLE, type TChartSeries } from "./chart-series";
import { renderLineChart } from "./line-chart";

export const BARS_SHOWN = 12;

// A chart with its series as the legend names them.
export type TStatsChart = TChart & { series: readonly Omit<TChartSeries, "values">[] };

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function words(intl: TStatsIntl) {
  const t = createTranslator({ locale: intl.locale, messages: intl.messages, namespace: "StatsCharts" });
  const series = (style: (typeof SERIES_STYLE)[keyof typeof SERIES_STYLE], values: readonly number[]): TChartSeries => ({ ...style, label: t(`series.${style.label}`), values });
  return { t, series, locale: LOCALE_TAGS[intl.locale] };
}

const legend = (series: readonly TChartSeries[]) => series.map(({ label, color, dash }) => ({ label, color, dash }));

// The dashboard's charts, each described in words (what, over which range, the totals and
// the peak) for those who cannot see it; the table beside it has every figure. Dates stay
// ISO days, as in the range form and the tables.
export function usageLineChart(data: Pick<TStatsResult, "usageOverTime" | "granularity" | "from" | "to">, intl: TStatsIntl = ENGLISH_STATS): TStatsChart {
  const { t, series, locale } = words(intl);
  const periods = data.usageOverTime.map((p) => p.period);
  const downloads = data.usageOverTime.map((p) => p.downloads);
  const views = data.usageOverTime.map((p) => p.views);
  const max = Math.max(0, ...downloads);
  const busiest = { start: periods[downloads.indexOf(max)] ?? "", count: max };
  const sentences = [t("usageDescription", { views: sum(views), downloads: sum(downloads) })];
  if (max > 0) sentences.push(periods.length > 1 ? t("busiestPeriod", busiest) : t("busiestOnly", busiest));
  const lines = [series(SERIES_STYLE.downloads, downloads), series(SERIES_STYLE.views, views)];
  const chart = renderLineChart({
    id: "usage-chart",
    label: t(`usageLabel.${data.granularity}`, { from: data.from, to: data.to }),
    description: sentences.join(" "),
    periods,
    yLabel: t("countAxis"),
    series: lines,
    locale,
  });
  return { ...chart, series: legend(lines) };
}

export function searchesLineChart(data: Pick<TStatsResult, "searchesOverTime" | "granularity" | "from" | "to">, intl: TStatsIntl = ENGLISH_STATS): TStatsChart {
  const { t, series, locale } = words(intl);
  const searches = data.searchesOverTime.map((s) => s.searches);
  const zero = data.searchesOverTime.map((s) => s.zeroResults);
  const lines = [series(SERIES_STYLE.searches, searches), series(SERIES_STYLE.zeroResults, zero)];
  const chart = renderLineChart({
    id: "searches-chart",
    label: t(`searchesLabel.${data.granularity}`, { from: data.from, to: data.to }),
    description: t("searchesDescription", { searches: sum(searches), zero: sum(zero) }),
    periods: data.searchesOverTime.map((s) => s.period),
    yLabel: t("searchesAxis"),
    series: lines,
    locale,
  });
  return { ...chart, series: legend(lines) };
}

// Views and downloads per institution or country: the most used BARS_SHOWN (the table lists all).
export function usageBarChart(id: string, label: string, rows: readonly { name: string; views: number; downloads: number }[], intl: TStatsIntl = ENGLISH_STATS): TStatsChart {
  const { t, series, locale } = words(intl);
  const shown = rows.slice(0, BARS_SHOWN);
  const sentences = [t("barDescription"), shown[0] ? t("barTop", { name: shown[0].name, count: shown[0].downloads }) : t("barEmpty")];
  if (rows.length > shown.length) sentences.push(t("barMore", { shown: shown.length, total: rows.length }));
  const bars = [series(SERIES_STYLE.downloads, shown.map((r) => r.downloads)), series(SERIES_STYLE.views, shown.map((r) => r.views))];
  const chart = renderBarChart({ id, label, description: sentences.join(" "), categories: shown.map((r) => r.name), xLabel: t("countAxis"), series: bars, locale });
  return { ...chart, series: legend(bars) };
}
