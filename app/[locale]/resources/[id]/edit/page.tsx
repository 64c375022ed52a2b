import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ResourceForm } from "@/components/resource-form";
import { LICENSE_OPTIONS } from "@/lib/catalogue/license-options";
import { PUBLIC_DOMAIN_MARK } from "@/lib/catalogue/normalize-license";
import { getContentLanguages } from "@/lib/i18n/get-content-languages";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import { Link } from "@/lib/i18n/navigation";
import { LEVELS, TYPES } from "@/lib/schemas/resource";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { listSubjectOptions } from "@/lib/server/catalogue/list-subject-options";
import { findUploadableResource } from "@/lib/server/files/find-uploadable-resource";
import { getResourceById } from "@/lib/server/resources/get-resource-by-id";
import { toPublicResource } from "@/lib/server/resources/to-public-resource";
import { saveResourceAction } from "../../actions";

type TProps = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "EditResourcePage" });
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function EditResourcePage({ params }: TProps) {
  const { id } = await params;
  const viewer = await requireViewer("signedIn", `/resources/${id}/edit`);
  const [editable, resource, subjects] = await Promise.all([findUploadableResource(viewer, id), getResourceById({ viewer, id }), getContentLanguages().then(listSubjectOptions)]);
  if (!editable || !resource) notFound();
  const [t, vocabulary] = await Promise.all([getTranslations("EditResourcePage"), getVocabulary()]);
  // Licences keep their codes (the same in every language; the name is in the tooltip), except
  // the Public Domain Mark, which has no code.
  const licenses = LICENSE_OPTIONS.map(({ uri, label }) => ({
    value: uri,
    label: uri === PUBLIC_DOMAIN_MARK ? `${vocabulary.licenseName(uri)} 1.0` : label,
    title: vocabulary.license(uri),
  }));
  return (
    <section>
      <h1>{t("heading")}</h1>
      <p>
        {t.rich("status", { status: vocabulary.status(resource.status), strong: (chunks: ReactNode) => <strong data-testid="status">{chunks}</strong> })} ·{" "}
        <Link href={`/resources/${id}/files`}>{t("files")}</Link> · <Link href={`/resources/${id}`}>{t("view")}</Link>
      </p>
      {resource.statusReason && resource.status === "CHANGES_REQUESTED" ? (
        <p className="notice" data-testid="review-comment">{t("librarianAsks", { reason: resource.statusReason })}</p>
      ) : null}
      <ResourceForm
        action={saveResourceAction}
        subjects={subjects}
        licenses={licenses}
        levels={Object.keys(LEVELS).map((value) => ({ value, label: vocabulary.level(value) }))}
        types={Object.keys(TYPES).map((value) => ({ value, label: vocabulary.type(value) }))}
        values={toPublicResource(resource)}
      />
    </section>
  );
}
