// Colour and dash tell a chart's series apart, so it reads in greyscale and for colour-blind
// viewers too; the legend beside the chart names them.
export type TChartSeries = { label: string; color: string; dash: string; values: readonly number[] };

export const SERIES_STYLE = {
  downloads: { label: "Downloads", color: "#b3401a", dash: "none" },
  views: { label: "Views", color: "#0b5cad", dash: "6 3" },
  searches: { label: "Searches", color: "#0b5cad", dash: "none" },
  zeroResults: { label: "Found nothing", color: "#b3401a", dash: "6 3" },
} as const;
