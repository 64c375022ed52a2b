import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { licenseLabel } from "@/lib/catalogue/normalize-license";
import { LOCALE_TAGS, type TLocale } from "./locales";
import { licenseKind } from "./license-kind";

// Controlled vocabularies in the viewer's language. Keys are the API's spellings (textbook,
// bachelor) or the stored enum names (TEXTBOOK): both are accepted. Made once per request:
// every title link and facet of a page asks for it.
export const getVocabulary = cache(async () => {
  const t = await getTranslations("Vocabulary");
  const locale = (await getLocale()) as TLocale;
  const languageNames = new Intl.DisplayNames([LOCALE_TAGS[locale], "en"], { type: "language", fallback: "code" });
  const known = (group: string, key: string) => (t.has(`${group}.${key}`) ? t(`${group}.${key}`) : key);
  const licenseName = (uri: string) => t(`license.${licenseKind(uri)}`);
  return {
    type: (key: string) => known("type", key.toLowerCase()),
    level: (key: string) => known("level", key.toLowerCase()),
    status: (key: string) => known("status", key),
    visibility: (key: string) => known("visibility", key),
    role: (key: string) => known("role", key),
    country: (code: string) => known("country", code),
    licenseName,
    // "CC BY-SA 4.0 · Attribution-ShareAlike": the code is the same everywhere, the name translated.
    license: (uri: string) => `${licenseLabel(uri)} · ${licenseName(uri)}`,
    // Catalogue languages by our own translations, any other tag by the platform's names.
    language: (tag: string) => (t.has(`language.${tag}`) ? t(`language.${tag}`) : (languageNames.of(tag) ?? tag)),
  };
});

export type TVocabulary = Awaited<ReturnType<typeof getVocabulary>>;
