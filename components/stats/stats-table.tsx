import { Link } from "@/lib/i18n/navigation";
import type { TStatsCell, TStatsTable } from "@/lib/stats/stats-tables";

const numberFormat = new Intl.NumberFormat("en");

function Cell({ cell }: { cell: TStatsCell }) {
  if (cell === null) return <>—</>;
  if (typeof cell === "number") return <>{numberFormat.format(cell)}</>;
  if (typeof cell === "string") return <>{cell}</>;
  return <Link href={cell.href} lang={cell.lang ?? undefined}>{cell.text}</Link>;
}

// Several on a page, so each names its table for screen readers.
export function CsvLink({ href, what }: { href: string; what: string }) {
  return (
    <p className="stats-csv">
      <a href={href} download>
        Download CSV<span className="visually-hidden"> of {what.toLowerCase()}</span>
      </a>
    </p>
  );
}

// One of the dashboard's tables with its CSV: the file holds these very rows.
export function StatsTable({ table, csvHref, empty = "Nothing in this range." }: { table: TStatsTable; csvHref?: string; empty?: string }) {
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
            <tr><td colSpan={table.columns.length}>{empty}</td></tr>
          ) : (
            table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (c === 0 ? <th key={c} scope="row"><Cell cell={cell} /></th> : <td key={c} className={table.columns[c]?.numeric ? "stats-number" : undefined}><Cell cell={cell} /></td>))}
              </tr>
            ))
          )}
        </tbody>
      </table>
      {csvHref ? <CsvLink href={csvHref} what={table.caption} /> : null}
    </div>
  );
}
