import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { FileList } from "@/components/file-list";
import { FileUploader } from "@/components/file-uploader";
import { getEnv } from "@/lib/env";
import { formatFileSize } from "@/lib/files/format-file-size";
import { getContentLanguages } from "@/lib/i18n/get-content-languages";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { findUploadableResource } from "@/lib/server/files/find-uploadable-resource";
import { getResourceById } from "@/lib/server/resources/get-resource-by-id";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "ResourceFilesPage" });
  return { title: t("title") };
}

// The upload page: the resource's owner, or a librarian of its country, adds files here.
export default async function ResourceFilesPage({ params }: TProps) {
  const { id } = await params;
  const viewer = await requireViewer("signedIn", `/resources/${id}/files`);
  const [uploadable, resource] = await Promise.all([findUploadableResource(viewer, id), getResourceById({ viewer, id })]);
  if (!uploadable || !resource) notFound();
  const [t, format, languages] = await Promise.all([getTranslations("ResourceFilesPage"), getFormatter(), getContentLanguages()]);
  const title = pickTranslation(resource.title as TTranslations, languages);
  return (
    <section>
      <h1>{t.rich("heading", { name: title?.text ?? "", title: (chunks) => <span lang={title?.lang}>{chunks}</span> })}</h1>
      <p>
        <Link href={`/resources/${id}`}>{t("back")}</Link>
      </p>
      <h2>{t("attached")}</h2>
      <FileList resourceId={id} files={resource.files} languages={resource.languages} />
      <h2>{t("addFiles")}</h2>
      <p>{t("limits", { size: formatFileSize(getEnv().UPLOAD_MAX_BYTES, format) })}</p>
      <FileUploader resourceId={id} maxBytes={getEnv().UPLOAD_MAX_BYTES} files={resource.files.map((f) => ({ id: f.id, name: f.originalName }))} />
    </section>
  );
}
