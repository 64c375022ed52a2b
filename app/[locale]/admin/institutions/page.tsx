import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { getContentLanguages } from "@/lib/i18n/get-content-languages";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import { Link } from "@/lib/i18n/navigation";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { listInstitutions } from "@/lib/server/institutions/list-institutions";
import { createInstitutionAction } from "./actions";
import { InstitutionFields } from "./institution-fields";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AdminInstitutions" });
  return { title: t("title") };
}

const COUNTRIES = ["KG", "KZ", "TJ", "TM", "UZ"];

export default async function InstitutionsPage() {
  const viewer = await requireViewer("staff", "/admin/institutions");
  const [institutions, t, vocabulary, languages] = await Promise.all([listInstitutions(viewer), getTranslations("AdminInstitutions"), getVocabulary(), getContentLanguages()]);
  const countries = viewer.role === "ADMIN" ? COUNTRIES : [viewer.countryCode!];
  return (
    <section>
      <h1>{t("title")}</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("institution")}</th>
            <th scope="col">{t("country")}</th>
            <th scope="col">{t("emailDomains")}</th>
            <th scope="col">{t("users")}</th>
            <th scope="col">{t("resources")}</th>
          </tr>
        </thead>
        <tbody>
          {institutions.map((i) => {
            const name = pickTranslation(i.names as TTranslations, languages);
            return (
              <tr key={i.id} data-slug={i.slug}>
                <td>
                  <Link href={`/admin/institutions/${i.id}`} lang={name?.lang}>
                    {name?.text ?? i.slug}
                  </Link>
                  <br />
                  <small>
                    {i.slug} · {i.hostOf ? t("hostsLibrary") : t("partner")}
                  </small>
                </td>
                <td>{vocabulary.country(i.countryCode)}</td>
                <td>{i.emailDomains.join(", ") || "—"}</td>
                <td>{i._count.users}</td>
                <td>{i._count.resources}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>{t("addTitle")}</h2>
      <ActionForm action={createInstitutionAction} submitLabel={t("add")} className="stack narrow" aria-label={t("add")}>
        <label htmlFor="inst-country">{t("country")}</label>
        <select id="inst-country" name="countryCode">
          {countries.map((c) => (
            <option key={c} value={c}>
              {vocabulary.country(c)}
            </option>
          ))}
        </select>
        <label htmlFor="inst-slug">{t("shortName")}</label>
        <input id="inst-slug" name="slug" required pattern="[a-z0-9][a-z0-9-]{1,62}" maxLength={63} />
        <InstitutionFields />
      </ActionForm>
    </section>
  );
}
