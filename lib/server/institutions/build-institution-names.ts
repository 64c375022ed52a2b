import type { TInstitutionUpdate } from "@/lib/schemas/admin";

// Country → the language an institution's own-language name is in.
const LOCAL_LANGUAGE: Record<string, string> = { KZ: "kk", KG: "ky", TJ: "tg", TM: "tk", UZ: "uz-Latn" };

export function buildInstitutionNames(countryCode: string, form: Pick<TInstitutionUpdate, "nameEn" | "nameRu" | "nameLocal">) {
  const names: Record<string, string> = { en: form.nameEn };
  if (form.nameRu) names.ru = form.nameRu;
  const local = LOCAL_LANGUAGE[countryCode];
  if (form.nameLocal && local) names[local] = form.nameLocal;
  return names;
}

export function localLanguageOf(countryCode: string): string | undefined {
  return LOCAL_LANGUAGE[countryCode];
}
