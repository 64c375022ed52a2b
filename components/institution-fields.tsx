import type { TTranslations } from "@/lib/schemas/translations";

// The name and domain inputs shared by the add and edit forms.
export function InstitutionFields({ names, localLanguage, domains }: { names?: TTranslations; localLanguage?: string; domains?: string[] }) {
  return (
    <>
      <label htmlFor="inst-name-en">Name in English</label>
      <input id="inst-name-en" name="nameEn" required maxLength={300} defaultValue={names?.en} />
      <label htmlFor="inst-name-ru">Name in Russian (optional)</label>
      <input id="inst-name-ru" name="nameRu" lang="ru" maxLength={300} defaultValue={names?.ru} />
      <label htmlFor="inst-name-local">Name in the country&apos;s language (optional)</label>
      <input id="inst-name-local" name="nameLocal" lang={localLanguage} maxLength={300} defaultValue={localLanguage ? names?.[localLanguage] : undefined} />
      <label htmlFor="inst-domains">E-mail domains (separated by spaces or commas)</label>
      <input id="inst-domains" name="emailDomains" maxLength={2000} defaultValue={domains?.join(", ")} />
    </>
  );
}
