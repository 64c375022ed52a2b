import { getLocale, getTranslations } from "next-intl/server";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { NETWORK } from "@/lib/authz/stats-scope";
import { GRANULARITIES } from "@/lib/schemas/stats";
import { rangePresets } from "@/lib/stats/range-presets";
import { statsHref, type TStatsView } from "@/lib/stats/stats-href";

// The range picker: a plain GET form (no JavaScript needed), with shortcuts as links.
// Admins also choose the library or the whole network (names in the viewer's language).
export async function StatsRangeForm({ view, libraries }: { view: TStatsView; libraries: { code: string; name: string }[] | null }) {
  const [t, locale] = await Promise.all([getTranslations("StatsRangeForm"), getLocale()]);
  return (
    <div className="stats-range">
      <form method="get" action={getPathname({ href: "/stats", locale })} className="stats-range-form" aria-label={t("label")}>
        {libraries ? (
          <div className="field">
            <label htmlFor="stats-library">{t("library")}</label>
            <select id="stats-library" name="library" defaultValue={view.scope === NETWORK ? "" : view.scope}>
              <option value="">{t("wholeNetwork")}</option>
              {libraries.map((l) => (
                <option key={l.code} value={l.code}>{l.code} · {l.name}</option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="stats-from">{t("from")}</label>
          <input id="stats-from" type="date" name="from" defaultValue={view.from} required />
        </div>
        <div className="field">
          <label htmlFor="stats-to">{t("to")}</label>
          <input id="stats-to" type="date" name="to" defaultValue={view.to} required />
        </div>
        <div className="field">
          <label htmlFor="stats-granularity">{t("showBy")}</label>
          <select id="stats-granularity" name="granularity" defaultValue={view.granularity}>
            {GRANULARITIES.map((g) => (
              <option key={g} value={g}>{t(`granularity.${g}`)}</option>
            ))}
          </select>
        </div>
        <button type="submit">{t("show")}</button>
      </form>
      <nav aria-label={t("presetsLabel")} className="stats-presets">
        {rangePresets().map((p) => (
          <Link key={p.key} href={statsHref("/stats", { ...view, from: p.from, to: p.to })}>{t(`preset.${p.key}`)}</Link>
        ))}
      </nav>
    </div>
  );
}
