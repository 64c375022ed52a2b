import { z } from "zod";

// BCP 47 tags as Kitab uses them: language, optional script, optional region (uz-Latn, uz-Cyrl, en-GB).
export const ZLanguageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|\d{3}))?$/, "expected a BCP 47 language tag such as ru, kk or uz-Latn");

// Text in several languages: {"ru": "…", "en": "…"}.
export const ZTranslations = z.record(ZLanguageTag, z.string().trim().min(1, "must not be empty"));

export type TTranslations = z.infer<typeof ZTranslations>;
