import { getLocale, getTranslations } from "next-intl/server";
import { isStaff } from "@/lib/authz/can";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import { LOCALE_TAGS, type TLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { readCsrfToken } from "@/lib/server/auth/read-csrf-token";
import { LanguageSwitcher } from "./language-switcher";
import { SearchBox } from "./search-box";

export async function SiteHeader() {
  const viewer = await getViewer();
  const csrfToken = viewer ? await readCsrfToken() : null;
  const [t, vocabulary, locale] = await Promise.all([getTranslations("Header"), getVocabulary(), getLocale()]);
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Kitab
      </Link>
      <span className="tagline">{t("tagline")}</span>
      <SearchBox />
      <LanguageSwitcher label={t("language")} />
      <nav aria-label={t("account")} className="account-nav">
        {viewer ? (
          <>
            <Link href="/profile" className="who">
              {viewer.name} <span className="role">({vocabulary.role(viewer.role).toLocaleLowerCase(LOCALE_TAGS[locale as TLocale])})</span>
            </Link>
            {viewer.role !== "STUDENT" ? <Link href="/my">{t("myResources")}</Link> : null}
            {isStaff(viewer) ? <Link href="/review">{t("review")}</Link> : null}
            {isStaff(viewer) ? <Link href="/stats">{t("statistics")}</Link> : null}
            {isStaff(viewer) ? <Link href="/admin">{t("administration")}</Link> : null}
            <form method="post" action="/api/auth/signout">
              <input type="hidden" name="csrfToken" value={csrfToken ?? ""} />
              <input type="hidden" name="callbackUrl" value="/" />
              <button type="submit" className="link-button">
                {t("signOut")}
              </button>
            </form>
          </>
        ) : (
          <>
            <Link href="/signin">{t("signIn")}</Link>
            <Link href="/register">{t("register")}</Link>
          </>
        )}
      </nav>
    </header>
  );
}
