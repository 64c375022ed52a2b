import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { TStatsChart } from "@/lib/charts/stats-charts";
import { CsvLink } from "./stats-table";

// A chart drawn on the server (SVG from lib/charts, whose labels are escaped text nodes), its
// legend, and the same numbers as a table for screen readers and for reading exact figures.
export async function StatsChart({ chart, csvHref, children, what }: { chart: TStatsChart; csvHref: string; children: ReactNode; what: string }) {
  const t = await getTranslations("StatsDisplay");
  return (
    <figure className="stats-chart">
      <ul className="stats-legend" aria-hidden="true">
        {chart.series.map((s) => (
          <li key={s.label}>
            <svg width="28" height="10" viewBox="0 0 28 10"><line x1="0" y1="5" x2="28" y2="5" stroke={s.color} strokeWidth="3" strokeDasharray={s.dash === "none" ? undefined : s.dash} /></svg> {s.label}
          </li>
        ))}
      </ul>
      <div className="stats-svg" dangerouslySetInnerHTML={{ __html: chart.svg }} />
      <figcaption id={`${chart.id}-description`} className="hint">{chart.description}</figcaption>
      <details>
        <summary>{t("showAsTable")}</summary>
        {children}
      </details>
      <CsvLink href={csvHref} what={what} />
    </figure>
  );
}
