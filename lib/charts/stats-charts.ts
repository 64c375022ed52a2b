import type { TStatsResult } from "@/lib/schemas/stats";
import { renderBarChart } from "./bar-chart";
import type { TChart } from "./finish-svg";
import { SERIES_STYLE } from "./chart-series";
import { renderLineChart } from "./line-chart";

export const BARS_SHOWN = 12;

const n = (value: number) => value.toLocaleString("en");
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function busiest(periods: readonly string[], values: readonly number[]): string {
  const max = Math.max(0, ...values);
  return max === 0 ? "" : ` The busiest ${periods.length > 1 ? "period" : "one"} began ${periods[values.indexOf(max)]} with ${n(max)}.`;
}

// The dashboard's charts, each described in words (what, over which range, the totals and
// the peak) for those who cannot see it; the table beside it has every figure.
export function usageLineChart(data: Pick<TStatsResult, "usageOverTime" | "granularity" | "from" | "to">): TChart {
  const periods = data.usageOverTime.map((p) => p.period);
  const downloads = data.usageOverTime.map((p) => p.downloads);
  const views = data.usageOverTime.map((p) => p.views);
  return renderLineChart({
    id: "usage-chart",
    label: `Views and downloads by ${data.granularity}, ${data.from} to ${data.to}`,
    description: `Line chart: ${n(sum(views))} views and ${n(sum(downloads))} downloads in all.${busiest(periods, downloads).replace("with", "with downloads:")}`,
    periods,
    yLabel: "Count",
    series: [
      { ...SERIES_STYLE.downloads, values: downloads },
      { ...SERIES_STYLE.views, values: views },
    ],
  });
}

export function searchesLineChart(data: Pick<TStatsResult, "searchesOverTime" | "granularity" | "from" | "to">): TChart {
  const searches = data.searchesOverTime.map((s) => s.searches);
  const zero = data.searchesOverTime.map((s) => s.zeroResults);
  return renderLineChart({
    id: "searches-chart",
    label: `Searches by ${data.granularity}, ${data.from} to ${data.to}`,
    description: `Line chart: ${n(sum(searches))} searches, of which ${n(sum(zero))} found nothing.`,
    periods: data.searchesOverTime.map((s) => s.period),
    yLabel: "Searches",
    series: [
      { ...SERIES_STYLE.searches, values: searches },
      { ...SERIES_STYLE.zeroResults, values: zero },
    ],
  });
}

// Views and downloads per institution or country: the most used BARS_SHOWN (the table lists all).
export function usageBarChart(id: string, label: string, rows: readonly { name: string; views: number; downloads: number }[]): TChart {
  const shown = rows.slice(0, BARS_SHOWN);
  const more = rows.length > shown.length ? ` The ${n(shown.length)} most used of ${n(rows.length)} are drawn.` : "";
  const top = shown[0] ? ` Most downloads: ${shown[0].name}, ${n(shown[0].downloads)}.` : " Nothing in this range.";
  return renderBarChart({
    id,
    label,
    description: `Bar chart of downloads and views.${top}${more}`,
    categories: shown.map((r) => r.name),
    xLabel: "Count",
    series: [
      { ...SERIES_STYLE.downloads, values: shown.map((r) => r.downloads) },
      { ...SERIES_STYLE.views, values: shown.map((r) => r.views) },
    ],
  });
}
