import { getTranslations } from "next-intl/server";
import type { TTranslations } from "@/lib/schemas/translations";

// The name and domain inputs shared by the add and edit forms.
export async function InstitutionFields({ names, localLanguage, domains }: { names?: TTranslations; localLanguage?: string; domains?: string[] }) {
  const t = await getTranslations("AdminInstitutions");
  return (
    <>
      <label htmlFor="inst-name-en">{t("nameEn")}</label>
      <input id="inst-name-en" name="nameEn" lang="en" required maxLength={300} defaultValue={names?.en} />
      <label htmlFor="inst-name-ru">{t("nameRu")}</label>
      <input id="inst-name-ru" name="nameRu" lang="ru" maxLength={300} defaultValue={names?.ru} />
      <label htmlFor="inst-name-local">{t("nameLocal")}</label>
      <input id="inst-name-local" name="nameLocal" lang={localLanguage} maxLength={300} defaultValue={localLanguage ? names?.[localLanguage] : undefined} />
      <label htmlFor="inst-domains">{t("domainsField")}</label>
      <input id="inst-domains" name="emailDomains" maxLength={2000} defaultValue={domains?.join(", ")} />
    </>
  );
}
