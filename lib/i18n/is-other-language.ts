import { LOCALE_TAGS, type TLocale } from "./locales";

const base = (tag: string) => tag.split("-")[0]!.toLowerCase();

// Whether text tagged `lang` is in another language than the interface's. ru-RU counts as
// ru; for Uzbek the script matters (uz-Cyrl text in the Latin interface is worth a note).
export function isOtherLanguage(lang: string, locale: TLocale): boolean {
  if (lang.toLowerCase() === LOCALE_TAGS[locale].toLowerCase()) return false;
  return base(lang) !== base(locale) || locale === "uz" || locale === "uz-Cyrl";
}
