import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import { LOCALE_NAMES, LOCALE_TAGS, LOCALES } from "@/lib/i18n/locales";
import { listApiTokens } from "@/lib/server/auth/list-api-tokens";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { readUserLocale } from "@/lib/server/users/read-user-locale";
import { createTokenAction, revokeTokenAction, saveInterfaceLanguageAction } from "./actions";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "ProfilePage" });
  return { title: t("metaTitle") };
}

export default async function ProfilePage({ searchParams }: TProps) {
  const viewer = await requireViewer("signedIn", "/profile");
  const [tokens, savedLocale, { saved }, t, format, vocabulary] = await Promise.all([
    listApiTokens(viewer),
    readUserLocale(viewer.id),
    searchParams,
    getTranslations("ProfilePage"),
    getFormatter(),
    getVocabulary(),
  ]);
  // Dates are shown in UTC (the request configuration's time zone), and say so.
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section>
      <h1>{viewer.name}</h1>
      <p>
        {viewer.email} · {vocabulary.role(viewer.role)}
        {viewer.countryCode ? ` · ${vocabulary.country(viewer.countryCode)}` : ""}
      </p>
      <h2>{t("languageTitle")}</h2>
      {saved === "language" ? (
        <p role="status" className="notice">
          {t("languageSaved")}
        </p>
      ) : null}
      <ActionForm action={saveInterfaceLanguageAction} submitLabel={t("save")} className="stack narrow">
        <label htmlFor="interface-language-select">{t("languageLabel")}</label>
        <p className="hint" id="interface-language-hint">
          {t("languageHint")}
        </p>
        <select id="interface-language-select" name="locale" defaultValue={savedLocale ?? ""} aria-describedby="interface-language-hint">
          <option value="">{t("followBrowser")}</option>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={LOCALE_TAGS[locale]}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
      </ActionForm>
      <h2>{t("tokensTitle")}</h2>
      <p>{t.rich("tokensIntro", { code: (chunks) => <code>{chunks}</code>, header: "Authorization: Bearer <token>" })}</p>
      <ul>
        {tokens.map((token) => (
          <li key={token.id} data-token-name={token.name}>
            {token.lastUsedAt
              ? t("tokenUsed", { name: token.name, created: when(token.createdAt), lastUsed: when(token.lastUsedAt) })
              : t("tokenUnused", { name: token.name, created: when(token.createdAt) })}
            <ActionForm action={revokeTokenAction} submitLabel={t("revoke")} className="inline-form" aria-label={t("revokeLabel", { name: token.name })}>
              <input type="hidden" name="id" value={token.id} />
            </ActionForm>
          </li>
        ))}
      </ul>
      <ActionForm action={createTokenAction} submitLabel={t("createToken")} className="stack narrow" aria-label={t("createToken")}>
        <label htmlFor="token-name">{t("tokenName")}</label>
        <input id="token-name" name="name" maxLength={100} required />
      </ActionForm>
    </section>
  );
}
