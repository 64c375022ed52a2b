import type { TTranslations } from "@/lib/schemas/translations";

export type TPicked = { text: string; lang: string } | null;

// The text in the first preferred language that has one: an exact tag first, then the
// same language in another script or region (uz → uz-Latn), then English, then any.
export function pickTranslation(texts: TTranslations | null | undefined, preferred: readonly string[]): TPicked {
  if (!texts) return null;
  const entries = Object.entries(texts).filter(([, v]) => v.trim() !== "");
  if (entries.length === 0) return null;
  const base = (tag: string) => tag.split("-")[0]!.toLowerCase();
  for (const want of [...preferred, "en"]) {
    const exact = entries.find(([tag]) => tag.toLowerCase() === want.toLowerCase());
    if (exact) return { lang: exact[0], text: exact[1] };
    const sameLanguage = entries.find(([tag]) => base(tag) === base(want));
    if (sameLanguage) return { lang: sameLanguage[0], text: sameLanguage[1] };
  }
  const [lang, text] = entries[0]!;
  return { lang, text };
}
