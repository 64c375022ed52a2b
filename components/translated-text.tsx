import { getLocale, getTranslations } from "next-intl/server";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import { isOtherLanguage } from "@/lib/i18n/is-other-language";
import type { TLocale } from "@/lib/i18n/locales";
import type { TPicked } from "@/lib/i18n/pick-translation";

// Says in which language a piece of metadata is shown when it is not the interface's own
// ("shown in Russian"), so a reader knows the fallback was taken. Nothing when they match.
export async function LanguageNote({ picked }: { picked: TPicked }) {
  if (!picked || !isOtherLanguage(picked.lang, (await getLocale()) as TLocale)) return null;
  const [t, vocabulary] = await Promise.all([getTranslations("Metadata"), getVocabulary()]);
  return <span className="language-note"> {t("shownIn", { language: vocabulary.language(picked.lang) })}</span>;
}
