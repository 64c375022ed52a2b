import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { ZUuid } from "@/lib/schemas/account";
import type { TTranslations } from "@/lib/schemas/translations";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { localLanguageOf } from "@/lib/server/institutions/build-institution-names";
import { listInstitutions } from "@/lib/server/institutions/list-institutions";
import { updateInstitutionAction } from "../actions";
import { InstitutionFields } from "../institution-fields";

type TProps = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AdminInstitutions" });
  return { title: t("editMetaTitle") };
}

export default async function EditInstitutionPage({ params }: TProps) {
  const { id } = await params;
  const viewer = await requireViewer("staff", `/admin/institutions/${id}`);
  if (!ZUuid.safeParse(id).success) notFound();
  const institution = (await listInstitutions(viewer)).find((i) => i.id === id);
  if (!institution) notFound();
  const t = await getTranslations("AdminInstitutions");
  return (
    <section>
      <h1>{t("editTitle", { slug: institution.slug })}</h1>
      <ActionForm action={updateInstitutionAction} submitLabel={t("save")} className="stack narrow" aria-label={t("editForm")}>
        <input type="hidden" name="id" value={institution.id} />
        <InstitutionFields
          names={institution.names as TTranslations}
          localLanguage={localLanguageOf(institution.countryCode)}
          domains={institution.emailDomains}
        />
      </ActionForm>
    </section>
  );
}
