import { getLocale, getTranslations } from "next-intl/server";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import { LOCALE_TAGS, type TLocale } from "@/lib/i18n/locales";
import type { TPicked } from "@/lib/i18n/pick-translation";

const base = (tag: string) => tag.split("-")[0]!.toLowerCase();

// Says in which language a piece of metadata is shown when it is not the interface's own
// ("in Russian"), so a reader knows the fallback was taken. Nothing when they match.
export async function LanguageNote({ picked }: { picked: TPicked }) {
  if (!picked) return null;
  const locale = (await getLocale()) as TLocale;
  if (picked.lang.toLowerCase() === LOCALE_TAGS[locale].toLowerCase() || (base(picked.lang) === base(locale) && locale !== "uz" && locale !== "uz-Cyrl")) return null;
  const [t, vocabulary] = await Promise.all([getTranslations("Metadata"), getVocabulary()]);
  return <span className="language-note"> {t("shownIn", { language: vocabulary.language(picked.lang) })}</span>;
}
