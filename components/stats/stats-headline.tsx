import { getFormatter, getTranslations } from "next-intl/server";
import type { TStatsResult } from "@/lib/schemas/stats";

// The range's headline numbers, each added up from the tables further down.
export async function StatsHeadline({ data }: { data: TStatsResult }) {
  const [t, format] = await Promise.all([getTranslations("StatsHeadline"), getFormatter()]);
  const n = (value: number) => format.number(value);
  const totals = data.totals;
  const { medianDays, count: reviewed } = data.reviewTurnaround.overall;
  const items: [string, string, string][] = [
    [t("downloads"), n(totals.downloads), t("uniqueDownloads", { count: totals.uniqueDownloads })],
    [t("views"), n(totals.views), t("uniqueViews", { count: totals.uniqueViews })],
    [t("institutionsServed"), n(totals.institutionsServed), t("inCountries", { count: totals.countriesServed })],
    [t("resourcesAdded"), n(totals.uploads), t("published", { count: totals.publications })],
    [t("medianReview"), medianDays === null ? "—" : t("medianDays", { days: medianDays }), t("reviewed", { count: reviewed })],
    [t("searches"), n(totals.searches), t("foundNothing", { count: totals.zeroResultSearches })],
  ];
  return (
    <dl className="stats-headline" data-testid="stats-headline">
      {items.map(([label, value, note]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>
            <strong>{value}</strong>
            <span>{note}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
