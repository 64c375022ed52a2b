import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ResourceTitleLink } from "@/components/resource-title-link";
import { LOCALE_TAGS, type TLocale } from "@/lib/i18n/locales";
import type { TStatsCell, TStatsTable } from "@/lib/stats/stats-tables";

function Cell({ cell, number }: { cell: TStatsCell; number: (value: number) => string }) {
  if (cell === null) return <>—</>;
  if (typeof cell === "number") return <>{number(cell)}</>;
  if (typeof cell === "string") return <>{cell}</>;
  // The title was picked in the viewer's languages; no language note, so that the cell reads as
  // the CSV does (its lang attribute still says which language it is in).
  return <ResourceTitleLink resource={{ id: cell.id, title: { [cell.lang]: cell.text }, languages: [cell.lang], year: null }} languageNote={false} />;
}

// Several on a page, so each names its table for screen readers.
export async function CsvLink({ href, what }: { href: string; what: string }) {
  const [t, locale] = await Promise.all([getTranslations("StatsDisplay"), getLocale()]);
  const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;
  return (
    <p className="stats-csv">
      <a href={href} download>
        {t.rich("downloadCsv", { hidden, what: what.toLocaleLowerCase(LOCALE_TAGS[locale as TLocale]) })}
      </a>
    </p>
  );
}

// One of the dashboard's tables with its CSV: the file holds these very rows.
export async function StatsTable({ table, csvHref, empty }: { table: TStatsTable; csvHref?: string; empty?: string }) {
  const [t, format] = await Promise.all([getTranslations("StatsDisplay"), getFormatter()]);
  const number = (value: number) => format.number(value);
  return (
    <div className="stats-table" data-table={table.name}>
      <table>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.label} scope="col" className={c.numeric ? "stats-number" : undefined}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 ? (
            <tr><td colSpan={table.columns.length}>{empty ?? t("empty")}</td></tr>
          ) : (
            table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (c === 0 ? <th key={c} scope="row"><Cell cell={cell} number={number} /></th> : <td key={c} className={table.columns[c]?.numeric ? "stats-number" : undefined}><Cell cell={cell} number={number} /></td>))}
              </tr>
            ))
          )}
        </tbody>
      </table>
      {csvHref ? <CsvLink href={csvHref} what={table.caption} /> : null}
    </div>
  );
}
