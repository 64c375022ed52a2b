import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { FileList } from "@/components/file-list";
import { FileUploader } from "@/components/file-uploader";
import { getEnv } from "@/lib/env";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { findUploadableResource } from "@/lib/server/files/find-uploadable-resource";
import { getResourceById } from "@/lib/server/resources/get-resource-by-id";

export const metadata: Metadata = { title: "Files" };
export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ id: string }> };

// The upload page: the resource's owner, or a librarian of its country, adds files here.
export default async function ResourceFilesPage({ params }: TProps) {
  const { id } = await params;
  const viewer = await requireViewer("signedIn", `/resources/${id}/files`);
  const [uploadable, resource] = await Promise.all([findUploadableResource(viewer, id), getResourceById({ viewer, id })]);
  if (!uploadable || !resource) notFound();
  const title = pickTranslation(resource.title as TTranslations, [...resource.languages, "en"]);
  return (
    <section>
      <h1>
        Files of <span lang={title?.lang}>{title?.text}</span>
      </h1>
      <p>
        <Link href={`/resources/${id}`}>Back to the resource</Link>
      </p>
      <h2>Attached</h2>
      <FileList resourceId={id} files={resource.files} />
      <h2>Add files</h2>
      <p>
        Up to {Math.floor(getEnv().UPLOAD_MAX_BYTES / 1024 ** 3)} GB per file. If the connection drops, the upload continues where it
        stopped when you retry, even after closing the page.
      </p>
      <FileUploader resourceId={id} maxBytes={getEnv().UPLOAD_MAX_BYTES} files={resource.files.map((f) => ({ id: f.id, name: f.originalName }))} />
    </section>
  );
}
