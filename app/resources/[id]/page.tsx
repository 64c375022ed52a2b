import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { FileList } from "@/components/file-list";
import { ResourceTitleLink } from "@/components/resource-title-link";
import { ReviewPanel } from "@/components/review-panel";
import { can } from "@/lib/authz/can";
import { formatCitation } from "@/lib/catalogue/format-citation";
import { licenseLabel } from "@/lib/catalogue/normalize-license";
import { getEnv } from "@/lib/env";
import { listEarlierVersions } from "@/lib/server/files/list-earlier-versions";
import { listRelatedResources } from "@/lib/server/resources/list-related-resources";
import { decideAction } from "../actions";
import { findUploadableResource } from "@/lib/server/files/find-uploadable-resource";
import { getResourceById } from "@/lib/server/resources/get-resource-by-id";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const resource = await getResourceById({ viewer: await getViewer(), id: (await params).id });
  return { title: resource ? pickTranslation(resource.title as TTranslations, ["en"])?.text : "Not found" };
}

export default async function ResourcePage({ params }: TProps) {
  const viewer = await getViewer();
  const resource = await getResourceById({ viewer, id: (await params).id });
  if (!resource) notFound();
  const preferred = [...resource.languages, "en"];
  const title = pickTranslation(resource.title as TTranslations, preferred);
  const description = pickTranslation(resource.description as TTranslations, preferred);
  const institution = pickTranslation(resource.institution.names as TTranslations, ["en"]);
  const [related, earlier] = await Promise.all([
    listRelatedResources({ viewer, id: resource.id, subjectCodes: resource.subjects.map((s) => s.code) }),
    listEarlierVersions(resource.id),
  ]);
  return (
    <article>
      <h1 lang={title?.lang}>{title?.text}</h1>
      {resource.status !== "PUBLISHED" ? <p className="notice" data-testid="status">Status: {resource.status.toLowerCase().replace("_", " ")}</p> : null}
      {resource.statusReason && resource.status !== "PUBLISHED" ? <p className="notice" data-testid="status-reason">{resource.status === "WITHDRAWN" ? "Withdrawn: " : "Reviewer's comment: "}{resource.statusReason}</p> : null}
      {description ? <p lang={description.lang}>{description.text}</p> : null}
      <dl>
        <dt>Library</dt>
        <dd>{resource.library.countryCode}</dd>
        <dt>Institution</dt>
        <dd lang={institution?.lang}>{institution?.text}</dd>
        {resource.license ? (
          <>
            <dt>Licence</dt>
            <dd><a href={resource.license} rel="license">{licenseLabel(resource.license)}</a></dd>
          </>
        ) : null}
        {resource.languages.length ? (
          <>
            <dt>Languages</dt>
            <dd>{resource.languages.join(", ")}</dd>
          </>
        ) : null}
        {resource.year ? (
          <>
            <dt>Year</dt>
            <dd>{resource.year}</dd>
          </>
        ) : null}
      </dl>
      <h2>Files</h2>
      <FileList resourceId={resource.id} files={resource.files} />
      {earlier.length ? (
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
      {can(viewer, { action: "resource.review", resource: { countryCode: resource.library.countryCode, uploaderId: resource.uploaderId, status: resource.status, visibility: resource.visibility } }) ? (
        <ReviewPanel id={resource.id} version={resource.version} status={resource.status} action={decideAction} />
      ) : null}
    </article>
  );
}
