import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { InstitutionFields } from "@/components/institution-fields";
import { ZUuid } from "@/lib/schemas/account";
import type { TTranslations } from "@/lib/schemas/translations";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { localLanguageOf } from "@/lib/server/institutions/build-institution-names";
import { listInstitutions } from "@/lib/server/institutions/list-institutions";
import { updateInstitutionAction } from "../actions";

export const metadata: Metadata = { title: "Edit institution" };

export default async function EditInstitutionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer("staff", `/admin/institutions/${id}`);
  if (!ZUuid.safeParse(id).success) notFound();
  const institution = (await listInstitutions(viewer)).find((i) => i.id === id);
  if (!institution) notFound();
  return (
    <section>
      <h1>Edit {institution.slug}</h1>
      <ActionForm action={updateInstitutionAction} submitLabel="Save" className="stack narrow" aria-label="Edit institution">
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
