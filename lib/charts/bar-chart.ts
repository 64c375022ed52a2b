import * as Plot from "@observablehq/plot";
import { DEFAULT_LOCALE, LOCALE_TAGS } from "@/lib/i18n/locales";
import type { TChartSeries } from "./chart-series";
import { finishSvg, type TChart } from "./finish-svg";
import { plotDocument } from "./plot-document";

export type TBarChart = {
  id: string;
  label: string;
  description: string;
  // The rows (institutions, countries), drawn in this order, one bar per series each.
  categories: readonly string[];
  series: readonly TChartSeries[];
  xLabel: string;
  // The Intl tag the numbers are written for.
  locale?: string;
};

const BAR = 13;

// Horizontal grouped bars, a group per category with its value written at each bar's end.
export function renderBarChart(chart: TBarChart): TChart {
  const numberFormat = new Intl.NumberFormat(chart.locale ?? LOCALE_TAGS[DEFAULT_LOCALE]);
  const data = chart.categories.flatMap((category, i) => chart.series.map((s) => ({ category, series: s.label, value: s.values[i] ?? 0 })));
  const groupHeight = chart.series.length * BAR + 12;
  const svg = Plot.plot({
    document: plotDocument(),
    width: 760,
    height: 40 + Math.max(1, chart.categories.length) * groupHeight,
    marginLeft: 230,
    marginRight: 48,
    style: { fontSize: "12px", background: "transparent" },
    fy: { domain: chart.categories, label: null, padding: 0.15 },
    y: { domain: chart.series.map((s) => s.label), axis: null, padding: 0.1 },
    x: { label: chart.xLabel, grid: true, nice: true, tickFormat: (n: number) => numberFormat.format(n) },
    color: { domain: chart.series.map((s) => s.label), range: chart.series.map((s) => s.color) },
    marks: [
      Plot.axisFy({ anchor: "left", label: null, lineWidth: 17, textOverflow: "ellipsis" }),
      Plot.barX(data, { fy: "category", y: "series", x: "value", fill: "series" }),
      Plot.text(data, { fy: "category", y: "series", x: "value", text: (d: { value: number }) => numberFormat.format(d.value), textAnchor: "start", dx: 4 }),
      Plot.ruleX([0]),
    ],
  });
  return finishSvg(svg, { id: chart.id, label: chart.label, description: chart.description });
}
