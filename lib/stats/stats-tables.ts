import { createTranslator } from "next-intl";
import type { TGranularity, TStatsResult } from "@/lib/schemas/stats";
import { ENGLISH_STATS, type TStatsIntl } from "./stats-intl";

export const TOP_RESOURCES_SHOWN = 20;

export const STATS_TABLE_NAMES = ["usage", "institutions", "countries", "top-resources", "resources", "uploads", "turnaround", "searches", "zero-result-terms"] as const;
export type TStatsTableName = (typeof STATS_TABLE_NAMES)[number];

// A cell: plain text or a number, null when there is nothing to say, or a link (a resource).
export type TStatsCell = string | number | null | { id: string; text: string; href: string; lang: string };
export type TStatsTable = { name: TStatsTableName; caption: string; columns: { label: string; numeric: boolean }[]; rows: TStatsCell[][] };

const text = (label: string) => ({ label, numeric: false });
const numbers = (...labels: string[]) => labels.map((label) => ({ label, numeric: true }));
const usageCells = (u: { views: number; uniqueViews: number; downloads: number; uniqueDownloads: number }) => [u.views, u.uniqueViews, u.downloads, u.uniqueDownloads];

// A resource whose title could not be picked is gone: named in words, not linked.
const resourceCell = (r: TStatsResult["resources"][number]): TStatsCell => (r.lang === null ? r.title : { id: r.id, text: r.title, href: `/resources/${r.id}`, lang: r.lang });

// Every table of the dashboard, built from the same numbers for the page and its CSV files,
// so a download holds exactly the rows and figures on screen; captions and column headers in
// the viewer's language, the values as they are (numbers unformatted, ISO dates).
export function buildStatsTable(name: TStatsTableName, data: TStatsResult, intl: TStatsIntl = ENGLISH_STATS): TStatsTable {
  const t = createTranslator({ locale: intl.locale, messages: intl.messages, namespace: "StatsTables" });
  const period = (g: TGranularity) => text(t(`period.${g}`));
  const usage = numbers(t("views"), t("uniqueViews"), t("downloads"), t("uniqueDownloads"));
  const resourceTable = (caption: string, resources: TStatsResult["resources"]): TStatsTable => ({
    name,
    caption,
    columns: [text(t("resource")), text(t("library")), ...numbers(t("downloads"), t("uniqueDownloads"), t("views"), t("uniqueViews"))],
    rows: resources.map((r) => [resourceCell(r), r.library, r.downloads, r.uniqueDownloads, r.views, r.uniqueViews]),
  });
  switch (name) {
    case "usage":
      return { name, caption: t(`caption.usage.${data.granularity}`), columns: [period(data.granularity), ...usage], rows: data.usageOverTime.map((p) => [p.period, ...usageCells(p)]) };
    case "institutions":
      return { name, caption: t("institutionsCaption"), columns: [text(t("institution")), ...usage], rows: data.byInstitution.map((i) => [i.name, ...usageCells(i)]) };
    case "countries":
      return { name, caption: t("countriesCaption"), columns: [text(t("country")), ...usage], rows: data.byCountry.map((c) => [c.name, ...usageCells(c)]) };
    case "top-resources":
      return resourceTable(t("topResourcesCaption", { count: TOP_RESOURCES_SHOWN }), data.resources.slice(0, TOP_RESOURCES_SHOWN));
    case "resources":
      return resourceTable(t("resourcesCaption"), data.resources);
    case "uploads":
      return { name, caption: t("uploadsCaption"), columns: [text(t("institution")), ...numbers(t("added"), t("published"))], rows: data.uploadsByInstitution.map((i) => [i.name, i.uploads, i.publications]) };
    case "turnaround": {
      const r = data.reviewTurnaround;
      return {
        name,
        caption: t("turnaroundCaption"),
        columns: [text(t("institution")), ...numbers(t("published"), t("medianDays"), t("p90Days"))],
        rows: [[t("allInstitutions"), r.overall.count, r.overall.medianDays, r.overall.p90Days], ...r.byInstitution.map((i) => [i.name, i.count, i.medianDays, i.p90Days])],
      };
    }
    case "searches":
      return { name, caption: t(`caption.searches.${data.granularity}`), columns: [period(data.granularity), ...numbers(t("searches"), t("foundNothing"))], rows: data.searchesOverTime.map((s) => [s.period, s.searches, s.zeroResults]) };
    case "zero-result-terms":
      return { name, caption: t("zeroResultTermsCaption"), columns: [text(t("search")), ...numbers(t("times"))], rows: data.zeroResultTerms.map((z) => [z.term, z.count]) };
  }
}
