import type { TGranularity, TStatsResult } from "@/lib/schemas/stats";

export const TOP_RESOURCES_SHOWN = 20;

export const STATS_TABLE_NAMES = ["usage", "institutions", "countries", "top-resources", "resources", "uploads", "turnaround", "searches", "zero-result-terms"] as const;
export type TStatsTableName = (typeof STATS_TABLE_NAMES)[number];

// A cell: plain text or a number, null when there is nothing to say, or a link (a resource).
export type TStatsCell = string | number | null | { text: string; href: string; lang: string | null };
export type TStatsTable = { name: TStatsTableName; caption: string; columns: { label: string; numeric: boolean }[]; rows: TStatsCell[][] };

const PERIOD: Record<TGranularity, string> = { day: "Day", week: "Week (from Monday)", month: "Month (first day)" };
const USAGE = ["Views", "Unique views", "Downloads", "Unique downloads"];

const text = (label: string) => ({ label, numeric: false });
const numbers = (...labels: string[]) => labels.map((label) => ({ label, numeric: true }));
const usageCells = (u: { views: number; uniqueViews: number; downloads: number; uniqueDownloads: number }) => [u.views, u.uniqueViews, u.downloads, u.uniqueDownloads];

function resourceTable(name: TStatsTableName, caption: string, resources: TStatsResult["resources"]): TStatsTable {
  return {
    name,
    caption,
    columns: [text("Resource"), text("Library"), ...numbers("Downloads", "Unique downloads", "Views", "Unique views")],
    rows: resources.map((r) => [{ text: r.title, href: `/resources/${r.id}`, lang: r.lang }, r.library, r.downloads, r.uniqueDownloads, r.views, r.uniqueViews]),
  };
}

// Every table of the dashboard, built from the same numbers for the page and its CSV files,
// so a download holds exactly the rows and figures on screen.
export function buildStatsTable(name: TStatsTableName, data: TStatsResult): TStatsTable {
  switch (name) {
    case "usage":
      return { name, caption: `Views and downloads by ${data.granularity}`, columns: [text(PERIOD[data.granularity]), ...numbers(...USAGE)], rows: data.usageOverTime.map((p) => [p.period, ...usageCells(p)]) };
    case "institutions":
      return { name, caption: "Views and downloads by the viewer's institution", columns: [text("Institution"), ...numbers(...USAGE)], rows: data.byInstitution.map((i) => [i.name, ...usageCells(i)]) };
    case "countries":
      return { name, caption: "Views and downloads by the viewer's country", columns: [text("Country"), ...numbers(...USAGE)], rows: data.byCountry.map((c) => [c.name, ...usageCells(c)]) };
    case "top-resources":
      return resourceTable(name, `Top ${TOP_RESOURCES_SHOWN} resources by downloads`, data.resources.slice(0, TOP_RESOURCES_SHOWN));
    case "resources":
      return resourceTable(name, "Every resource used in the range, by downloads", data.resources);
    case "uploads":
      return { name, caption: "Resources added and published, by institution", columns: [text("Institution"), ...numbers("Added", "Published")], rows: data.uploadsByInstitution.map((i) => [i.name, i.uploads, i.publications]) };
    case "turnaround": {
      const t = data.reviewTurnaround;
      return {
        name,
        caption: "Days from submission to publication",
        columns: [text("Institution"), ...numbers("Published", "Median days", "90th percentile days")],
        rows: [["All institutions", t.overall.count, t.overall.medianDays, t.overall.p90Days], ...t.byInstitution.map((i) => [i.name, i.count, i.medianDays, i.p90Days])],
      };
    }
    case "searches":
      return { name, caption: `Searches by ${data.granularity}`, columns: [text(PERIOD[data.granularity]), ...numbers("Searches", "Found nothing")], rows: data.searchesOverTime.map((s) => [s.period, s.searches, s.zeroResults]) };
    case "zero-result-terms":
      return { name, caption: "Most frequent searches that found nothing", columns: [text("Search"), ...numbers("Times")], rows: data.zeroResultTerms.map((t) => [t.term, t.count]) };
  }
}
