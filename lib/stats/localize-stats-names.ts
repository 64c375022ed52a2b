import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import type { TLocale } from "@/lib/i18n/locales";
import type { TStatsResult } from "@/lib/schemas/stats";

// The names the queries wrote in English for everyone (the API keeps them so) put in the
// viewer's language: countries from the vocabulary, anonymous viewers and deleted resources in
// words. Institution names and titles were already picked in the viewer's languages.
export async function localizeStatsNames(data: TStatsResult, locale: TLocale): Promise<TStatsResult> {
  const [t, vocabulary] = await Promise.all([getTranslations({ locale, namespace: "StatsNames" }), getVocabulary()]);
  const anonymous = t("anonymous");
  const named = <T extends { name: string }>(row: T, key: string | null): T => ({ ...row, name: key === null ? anonymous : row.name });
  return {
    ...data,
    byInstitution: data.byInstitution.map((i) => named(i, i.institution)),
    byCountry: data.byCountry.map((c) => ({ ...c, name: c.country === null ? anonymous : vocabulary.country(c.country) })),
    uploadsByInstitution: data.uploadsByInstitution.map((i) => named(i, i.institution)),
    reviewTurnaround: { ...data.reviewTurnaround, byInstitution: data.reviewTurnaround.byInstitution.map((i) => named(i, i.institution)) },
    resources: data.resources.map((r) => (r.lang === null ? { ...r, title: t("deletedResource") } : r)),
  };
}
