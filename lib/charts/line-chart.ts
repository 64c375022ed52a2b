import * as Plot from "@observablehq/plot";
import { DEFAULT_LOCALE, LOCALE_TAGS } from "@/lib/i18n/locales";
import type { TChartSeries } from "./chart-series";
import { finishSvg, type TChart } from "./finish-svg";
import { plotDocument } from "./plot-document";

export type TLineChart = {
  id: string;
  label: string;
  description: string;
  // First days of the periods (YYYY-MM-DD), one value per series for each.
  periods: readonly string[];
  series: readonly TChartSeries[];
  yLabel: string;
  // The Intl tag the axes' dates and numbers are written for.
  locale?: string;
};

const DAY = 86_400_000;

// Tick dates as the viewer's language writes them: day and month for days and weeks, month and
// year for months or long ranges (Plot's own format is English only).
function dateTicks(locale: string, dates: readonly Date[]): (date: Date) => string {
  const span = dates.length > 1 ? dates.at(-1)!.getTime() - dates[0]!.getTime() : 0;
  const monthly = span > 200 * DAY || (dates.length > 1 && dates[1]!.getTime() - dates[0]!.getTime() >= 28 * DAY);
  const format = new Intl.DateTimeFormat(locale, monthly ? { month: "short", year: "numeric", timeZone: "UTC" } : { day: "numeric", month: "short", timeZone: "UTC" });
  return (date) => format.format(date);
}

// A time series as a server-rendered SVG line chart (no JavaScript in the browser).
export function renderLineChart(chart: TLineChart): TChart {
  const locale = chart.locale ?? LOCALE_TAGS[DEFAULT_LOCALE];
  const numberFormat = new Intl.NumberFormat(locale);
  const dates = chart.periods.map((p) => new Date(`${p}T00:00:00Z`));
  const marks: Plot.Markish[] = [Plot.ruleY([0], { stroke: "#d5dbe2" })];
  for (const s of chart.series) {
    const points = dates.map((date, i) => ({ date, value: s.values[i] ?? 0 }));
    marks.push(Plot.lineY(points, { x: "date", y: "value", stroke: s.color, strokeWidth: 2, strokeDasharray: s.dash === "none" ? undefined : s.dash }));
    if (points.length <= 62) marks.push(Plot.dot(points, { x: "date", y: "value", fill: s.color, r: 2.5 }));
  }
  const svg = Plot.plot({
    document: plotDocument(),
    width: 760,
    height: 280,
    marginLeft: 56,
    style: { fontSize: "12px", background: "transparent" },
    // Few periods (weeks, months): a tick at each one's start, where its point is drawn.
    x: { type: "utc", label: null, ticks: dates.length <= 14 ? dates : undefined, tickFormat: dateTicks(locale, dates), domain: dates.length === 1 ? [dates[0]!, new Date(dates[0]!.getTime() + DAY)] : undefined },
    y: { label: chart.yLabel, grid: true, nice: true, zero: true, tickFormat: (n: number) => numberFormat.format(n) },
    marks,
  });
  return finishSvg(svg, { id: chart.id, label: chart.label, description: chart.description });
}
