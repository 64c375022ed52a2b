import type { TStatsResult } from "@/lib/schemas/stats";

const n = (value: number) => value.toLocaleString("en");

// The range's headline numbers, each added up from the tables further down.
export function StatsHeadline({ data }: { data: TStatsResult }) {
  const t = data.totals;
  const median = data.reviewTurnaround.overall.medianDays;
  const items: [string, string, string?][] = [
    ["Downloads", n(t.downloads), `${n(t.uniqueDownloads)} unique`],
    ["Views", n(t.views), `${n(t.uniqueViews)} unique`],
    ["Institutions served", n(t.institutionsServed), `in ${n(t.countriesServed)} ${t.countriesServed === 1 ? "country" : "countries"}`],
    ["Resources added", n(t.uploads), `${n(t.publications)} published`],
    ["Median review time", median === null ? "—" : `${median.toLocaleString("en")} days`, `${n(data.reviewTurnaround.overall.count)} reviewed`],
    ["Searches", n(t.searches), `${n(t.zeroResultSearches)} found nothing`],
  ];
  return (
    <dl className="stats-headline" data-testid="stats-headline">
      {items.map(([label, value, note]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>
            <strong>{value}</strong>
            {note ? <span>{note}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
