import { z } from "zod";
import type { TLocale } from "./locales";

// zod's own wording of its generic checks (too long, wrong type…) in the interface language.
// zod has no Kazakh, Kyrgyz or Cyrillic Uzbek: Russian, read by nearly all users in
// Kazakhstan and Kyrgyzstan, and Latin Uzbek stand in. Messages written into the schemas
// themselves stay as written.
const LOCALES: Partial<Record<TLocale, () => { localeError: z.core.$ZodErrorMap }>> = {
  ru: z.locales.ru,
  uz: z.locales.uz,
  "uz-Cyrl": z.locales.uz,
  kk: z.locales.ru,
  ky: z.locales.ru,
  tg: z.locales.tg,
  tk: z.locales.tk,
};

export function zodErrorMap(locale: TLocale): z.core.$ZodErrorMap | undefined {
  return LOCALES[locale]?.().localeError;
}
