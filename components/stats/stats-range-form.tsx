import { Link } from "@/lib/i18n/navigation";
import { NETWORK } from "@/lib/authz/stats-scope";
import { GRANULARITIES } from "@/lib/schemas/stats";
import { rangePresets } from "@/lib/stats/range-presets";
import { statsHref, type TStatsView } from "@/lib/stats/stats-href";

// The range picker: a plain GET form (no JavaScript needed), with shortcuts as links.
// Admins also choose the library or the whole network.
export function StatsRangeForm({ view, libraries }: { view: TStatsView; libraries: { code: string; name: string }[] | null }) {
  return (
    <div className="stats-range">
      <form method="get" action="/stats" className="stats-range-form" aria-label="Date range">
        {libraries ? (
          <div className="field">
            <label htmlFor="stats-library">Library</label>
            <select id="stats-library" name="library" defaultValue={view.scope === NETWORK ? "" : view.scope}>
              <option value="">Whole network</option>
              {libraries.map((l) => (
                <option key={l.code} value={l.code}>{l.code} · {l.name}</option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="stats-from">From</label>
          <input id="stats-from" type="date" name="from" defaultValue={view.from} required />
        </div>
        <div className="field">
          <label htmlFor="stats-to">To</label>
          <input id="stats-to" type="date" name="to" defaultValue={view.to} required />
        </div>
        <div className="field">
          <label htmlFor="stats-granularity">Show by</label>
          <select id="stats-granularity" name="granularity" defaultValue={view.granularity}>
            {GRANULARITIES.map((g) => (
              <option key={g} value={g}>{g}</option>
            ))}
          </select>
        </div>
        <button type="submit">Show</button>
      </form>
      <nav aria-label="Ranges" className="stats-presets">
        {rangePresets().map((p) => (
          <Link key={p.label} href={statsHref("/stats", { ...view, from: p.from, to: p.to })}>{p.label}</Link>
        ))}
      </nav>
    </div>
  );
}
