import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { FileList } from "@/components/file-list";
import { ResourceTitleLink } from "@/components/resource-title-link";
import { ResourceMetadata } from "@/components/resource-metadata";
import { ReviewPanel } from "@/components/review-panel";
import { Tombstone } from "@/components/tombstone";
import { can } from "@/lib/authz/can";
import { formatCitation } from "@/lib/catalogue/format-citation";
import { getEnv } from "@/lib/env";
import { listEarlierVersions } from "@/lib/server/files/list-earlier-versions";
import { listRelatedResources } from "@/lib/server/resources/list-related-resources";
import { decideAction, reprocessAction } from "../actions";
import { ActionForm } from "@/components/action-form";
import { findUploadableResource } from "@/lib/server/files/find-uploadable-resource";
import { getResourceById } from "@/lib/server/resources/get-resource-by-id";
import { toPublicResource } from "@/lib/server/resources/to-public-resource";
import { resourceOpenGraph } from "@/lib/catalogue/resource-open-graph";
import { ResourceJsonLd } from "@/components/resource-json-ld";
import { recordViewAfterResponse } from "@/lib/server/stats/record-view-after-response";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const resource = await getResourceById({ viewer: await getViewer(), id: (await params).id });
  const title = resource ? pickTranslation(resource.title as TTranslations, ["en"])?.text : "Not found";
  const shared = resource ? resourceOpenGraph(toPublicResource(resource), { baseUrl: getEnv().PUBLIC_URL, repositoryName: getEnv().REPOSITORY_NAME }) : {};
  // A tombstone stays reachable but leaves search engines' indexes.
  return resource?.status === "WITHDRAWN" ? { title, robots: { index: false } } : { title, ...shared };
}

export default async function ResourcePage({ params }: TProps) {
  const viewer = await getViewer();
  const resource = await getResourceById({ viewer, id: (await params).id });
  if (!resource) notFound();
  const withdrawn = resource.status === "WITHDRAWN";
  const target = { countryCode: resource.library.countryCode, uploaderId: resource.uploaderId, status: resource.status, visibility: resource.visibility };
  const staff = can(viewer, { action: "resource.review", resource: target });
  const downloadable = can(viewer, { action: "resource.download", resource: target });
  const preferred = [...resource.languages, "en"];
  const title = pickTranslation(resource.title as TTranslations, preferred);
  const description = pickTranslation(resource.description as TTranslations, preferred);
  const institution = pickTranslation(resource.institution.names as TTranslations, ["en"]);
  const [related, earlier] = await Promise.all([
    listRelatedResources({ viewer, id: resource.id, subjectCodes: resource.subjects.map((s) => s.code) }),
    listEarlierVersions(resource.id),
  ]);
  // A published resource's page, shown: one investigation in COUNTER's terms.
  if (resource.status === "PUBLISHED") await recordViewAfterResponse({ viewer, resourceId: resource.id, libraryCountry: resource.library.countryCode });
  return (
    <article>
      <ResourceJsonLd resource={resource} />
      <h1 lang={title?.lang}>{title?.text}</h1>
      {withdrawn ? <Tombstone withdrawnAt={resource.withdrawnAt} reason={resource.statusReason} library={resource.library.countryCode} /> : null}
      {!withdrawn && resource.status !== "PUBLISHED" ? <p className="notice" data-testid="status">Status: {resource.status.toLowerCase().replace("_", " ")}</p> : null}
      {!withdrawn && resource.statusReason && resource.status !== "PUBLISHED" ? <p className="notice" data-testid="status-reason">Reviewer&apos;s comment: {resource.statusReason}</p> : null}
      {description ? <p lang={description.lang}>{description.text}</p> : null}
      <ResourceMetadata resource={resource} institution={institution ?? undefined} />
      {downloadable ? (
        <>
          <h2>Files</h2>
          <FileList resourceId={resource.id} files={resource.files} showProcessing={staff || resource.uploaderId === viewer?.id} showPreview />
          {staff && resource.files.length ? (
            <ActionForm action={reprocessAction} submitLabel="Re-run processing" className="inline-form" aria-label="Re-run processing">
              <input type="hidden" name="id" value={resource.id} />
            </ActionForm>
          ) : null}
        </>
      ) : null}
      {earlier.length && downloadable ? (
        <details data-testid="earlier-versions">
          <summary>Earlier versions ({earlier.length})</summary>
          <FileList resourceId={resource.id} files={earlier} />
        </details>
      ) : null}
      {resource.status === "PUBLISHED" ? (
        <>
          <h2>How to cite</h2>
          <p className="citation" data-testid="citation">
            {formatCitation({
              authors: resource.authors as { name: string }[],
              year: resource.year,
              title: title?.text ?? "",
              institution: institution?.text ?? "",
              license: resource.license,
              url: `${getEnv().PUBLIC_URL}/resources/${resource.id}`,
            })}
          </p>
        </>
      ) : null}
      {related.length ? (
        <>
          <h2>Related</h2>
          <ul data-testid="related">
            {related.map((r) => (
              <li key={r.id}>
                <ResourceTitleLink resource={r} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {viewer && (await findUploadableResource(viewer, resource.id)) ? (
        <p>
          <Link href={`/resources/${resource.id}/edit`}>Edit the description</Link> · <Link href={`/resources/${resource.id}/files`}>Add or manage files</Link>
        </p>
      ) : null}
      {staff ? (
        <ReviewPanel id={resource.id} version={resource.version} status={resource.status} action={decideAction} />
      ) : null}
    </article>
  );
}
