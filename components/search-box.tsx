import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";

// The search form: a plain GET to the viewer's language's /search, so it works without JavaScript.
export async function SearchBox({ q = "", hidden = {}, big = false }: { q?: string; hidden?: Record<string, string>; big?: boolean }) {
  const t = await getTranslations("SearchBox");
  const action = getPathname({ href: "/search", locale: await getLocale() });
  return (
    <form action={action} method="get" role="search" className={big ? "search-box big" : "search-box"}>
      <label htmlFor={big ? "q-main" : "q-header"} className="visually-hidden">
        {t("label")}
      </label>
      <input id={big ? "q-main" : "q-header"} type="search" name="q" defaultValue={q} maxLength={500} placeholder={t("placeholder")} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit">{t("submit")}</button>
    </form>
  );
}
