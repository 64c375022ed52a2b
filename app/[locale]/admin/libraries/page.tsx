import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { getContentLanguages } from "@/lib/i18n/get-content-languages";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { listLibrariesForAdmin } from "@/lib/server/libraries/list-libraries-for-admin";
import { setHostAction } from "./actions";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AdminLibraries" });
  return { title: t("metaTitle") };
}

export default async function LibrariesAdminPage() {
  await requireViewer("admin", "/admin/libraries");
  const [libraries, t, vocabulary, languages] = await Promise.all([listLibrariesForAdmin(), getTranslations("AdminLibraries"), getVocabulary(), getContentLanguages()]);
  return (
    <section>
      <h1>{t("title")}</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("library")}</th>
            <th scope="col">{t("hostInstitution")}</th>
          </tr>
        </thead>
        <tbody>
          {libraries.map((library) => {
            const name = pickTranslation(library.names as TTranslations, languages);
            const country = vocabulary.country(library.countryCode);
            return (
              <tr key={library.id} data-country={library.countryCode}>
                <td>
                  {country} · <span lang={name?.lang}>{name?.text}</span>
                </td>
                <td>
                  <ActionForm action={setHostAction} submitLabel={t("save")} className="inline-form" aria-label={t("hostOf", { country })}>
                    <input type="hidden" name="countryCode" value={library.countryCode} />
                    <label className="visually-hidden" htmlFor={`host-${library.countryCode}`}>{t("hostInstitution")}</label>
                    <select id={`host-${library.countryCode}`} name="institution" defaultValue={library.hostInstitution?.slug ?? ""}>
                      <option value="">{t("noHost")}</option>
                      {library.country.institutions.map((i) => {
                        const institution = pickTranslation(i.names as TTranslations, languages);
                        return (
                          <option key={i.slug} value={i.slug} lang={institution?.lang}>
                            {institution?.text ?? i.slug}
                          </option>
                        );
                      })}
                    </select>
                  </ActionForm>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
