// The interface languages. `uz` is Uzbek in Latin script (the official one); `uz-Cyrl` in Cyrillic.
export const LOCALES = ["en", "ru", "uz", "uz-Cyrl", "kk", "ky", "tg", "tk"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "en";

// Each language by its own name, as a switcher must show it to someone who cannot read the others.
export const LOCALE_NAMES: Record<TLocale, string> = {
  en: "English",
  ru: "Русский",
  uz: "Oʻzbekcha",
  "uz-Cyrl": "Ўзбекча",
  kk: "Қазақша",
  ky: "Кыргызча",
  tg: "Тоҷикӣ",
  tk: "Türkmençe",
};

// The tag for `lang` attributes and Intl: metadata is tagged uz-Latn, so the interface says so too.
export const LOCALE_TAGS: Record<TLocale, string> = { en: "en", ru: "ru", uz: "uz-Latn", "uz-Cyrl": "uz-Cyrl", kk: "kk", ky: "ky", tg: "tg", tk: "tk" };

// Metadata languages to show, in order, when the viewer's own is missing: readers across the
// region mostly read Russian as well, so it comes before English for the Central Asian languages.
export const CONTENT_FALLBACKS: Record<TLocale, readonly string[]> = {
  en: ["en"],
  ru: ["ru"],
  uz: ["uz-Latn", "uz-Cyrl", "ru"],
  "uz-Cyrl": ["uz-Cyrl", "uz-Latn", "ru"],
  kk: ["kk", "ru"],
  ky: ["ky", "ru"],
  tg: ["tg", "ru"],
  tk: ["tk", "ru"],
};

export function isLocale(value: unknown): value is TLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
