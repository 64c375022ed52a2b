import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { ResourceForm } from "@/components/resource-form";
import { LICENSE_OPTIONS } from "@/lib/catalogue/license-options";
import { LEVELS, TYPES } from "@/lib/schemas/resource";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { listSubjects } from "@/lib/server/catalogue/list-subjects";
import { findUploadableResource } from "@/lib/server/files/find-uploadable-resource";
import { getResourceById } from "@/lib/server/resources/get-resource-by-id";
import { toPublicResource } from "@/lib/server/resources/to-public-resource";
import { saveResourceAction } from "../../actions";

export const metadata: Metadata = { title: "Edit resource" };
export const dynamic = "force-dynamic";

export default async function EditResourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer("signedIn", `/resources/${id}/edit`);
  const [editable, resource, subjects] = await Promise.all([findUploadableResource(viewer, id), getResourceById({ viewer, id }), listSubjects()]);
  if (!editable || !resource) notFound();
  return (
    <section>
      <h1>Describe the resource</h1>
      <p>
        Status: <strong data-testid="status">{resource.status.toLowerCase().replace("_", " ")}</strong> ·{" "}
        <Link href={`/resources/${id}/files`}>Files</Link> · <Link href={`/resources/${id}`}>View</Link>
      </p>
      {resource.statusReason && resource.status === "CHANGES_REQUESTED" ? (
        <p className="notice" data-testid="review-comment">The librarian asks: {resource.statusReason}</p>
      ) : null}
      <ResourceForm
        action={saveResourceAction}
        subjects={subjects}
        licenses={LICENSE_OPTIONS}
        levels={Object.keys(LEVELS)}
        types={Object.keys(TYPES)}
        values={toPublicResource(resource)}
      />
    </section>
  );
}
