// Colour and dash tell a chart's series apart, so it reads in greyscale and for colour-blind
// viewers too; the legend beside the chart names them.
export type TChartSeries = { label: string; color: string; dash: string; values: readonly number[] };

// The dashboard's series. `label` here is the key of the series' name (StatsCharts.series):
// the charts put the name in the viewer's language in its place.
export const SERIES_STYLE = {
  downloads: { label: "downloads", color: "#b3401a", dash: "none" },
  views: { label: "views", color: "#0b5cad", dash: "6 3" },
  searches: { label: "searches", color: "#0b5cad", dash: "none" },
  zeroResults: { label: "zeroResults", color: "#b3401a", dash: "6 3" },
} as const;
