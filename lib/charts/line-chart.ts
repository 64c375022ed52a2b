import * as Plot from "@observablehq/plot";
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
};

// A time series as a server-rendered SVG line chart (no JavaScript in the browser).
export function renderLineChart(chart: TLineChart): TChart {
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
    x: { type: "utc", label: null, ticks: dates.length <= 14 ? dates : undefined, domain: dates.length === 1 ? [dates[0]!, new Date(dates[0]!.getTime() + 86_400_000)] : undefined },
    y: { label: chart.yLabel, grid: true, nice: true, zero: true },
    marks,
  });
  return finishSvg(svg, { id: chart.id, label: chart.label, description: chart.description });
}
