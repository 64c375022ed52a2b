import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getContentLanguages } from "@/lib/i18n/get-content-languages";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import type { TLocale } from "@/lib/i18n/locales";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { FileList } from "@/components/file-list";
import { ResourceTitleLink } from "@/components/resource-title-link";
import { ResourceMetadata } from "@/components/resource-metadata";
import { ReviewPanel } from "@/components/review-panel";
import { Tombstone } from "@/components/tombstone";
import { LanguageNote } from "@/components/translated-text";
import { isOtherLanguage } from "@/lib/i18n/is-other-language";
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

type TProps = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { locale, id } = await params;
  const resource = await getResourceById({ viewer: await getViewer(), id });
  const title = resource ? pickTranslation(resource.title as TTranslations, await getContentLanguages())?.text : (await getTranslations({ locale, namespace: "NotFound" }))("title");
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
  const [t, format, vocabulary, languages, locale] = await Promise.all([getTranslations("ResourcePage"), getFormatter(), getVocabulary(), getContentLanguages(), getLocale()]);
  const title = pickTranslation(resource.title as TTranslations, languages);
  const description = pickTranslation(resource.description as TTranslations, languages);
  const institution = pickTranslation(resource.institution.names as TTranslations, languages);
  // The languages the title or description exist in besides the ones shown.
  const written = [resource.title, resource.description].flatMap((texts) => Object.entries((texts ?? {}) as TTranslations).filter(([, text]) => text.trim() !== "").map(([tag]) => tag));
  const otherLanguages = [...new Set(written)].filter((tag) => tag !== title?.lang && tag !== description?.lang);
  // As LanguageNote decides: the title is in another language than the interface's (an empty line otherwise).
  const fallback = !!title && isOtherLanguage(title.lang, locale as TLocale);
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
      {fallback || otherLanguages.length ? (
        <p className="metadata-languages">
          <LanguageNote picked={title} />
          {otherLanguages.length ? <> {t("alsoAvailableIn", { languages: format.list(otherLanguages.map((tag) => vocabulary.language(tag)), { type: "conjunction" }) })}</> : null}
        </p>
      ) : null}
      {withdrawn ? <Tombstone withdrawnAt={resource.withdrawnAt} reason={resource.statusReason} library={resource.library.countryCode} /> : null}
      {!withdrawn && resource.status !== "PUBLISHED" ? <p className="notice" data-testid="status">{t(`statusNotice.${resource.status}`)}</p> : null}
      {!withdrawn && resource.statusReason && resource.status !== "PUBLISHED" ? <p className="notice" data-testid="status-reason">{t("reviewerComment", { comment: resource.statusReason })}</p> : null}
      {description ? (
        <p>
          <span lang={description.lang}>{description.text}</span>
          {description.lang !== title?.lang ? <LanguageNote picked={description} /> : null}
        </p>
      ) : null}
      <ResourceMetadata resource={resource} institution={institution ?? undefined} />
      {downloadable ? (
        <>
          <h2>{t("files")}</h2>
          <FileList resourceId={resource.id} files={resource.files} languages={resource.languages} showProcessing={staff || resource.uploaderId === viewer?.id} showPreview />
          {staff && resource.files.length ? (
            <ActionForm action={reprocessAction} submitLabel={t("rerunProcessing")} className="inline-form" aria-label={t("rerunProcessing")}>
              <input type="hidden" name="id" value={resource.id} />
            </ActionForm>
          ) : null}
        </>
      ) : null}
      {earlier.length && downloadable ? (
        <details data-testid="earlier-versions">
          <summary>{t("earlierVersions", { count: earlier.length })}</summary>
          <FileList resourceId={resource.id} files={earlier} languages={resource.languages} />
        </details>
      ) : null}
      {resource.status === "PUBLISHED" ? (
        <>
          <h2>{t("howToCite")}</h2>
          <p className="citation" data-testid="citation">
            {formatCitation({
              authors: resource.authors as { name: string }[],
              year: resource.year,
              title: title?.text ?? "",
              institution: institution?.text ?? "",
              license: resource.license,
              url: `${getEnv().PUBLIC_URL}/resources/${resource.id}`,
            }, { etAl: t("citationEtAl"), noDate: t("citationNoDate") })}
          </p>
        </>
      ) : null}
      {related.length ? (
        <>
          <h2>{t("related")}</h2>
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
          <Link href={`/resources/${resource.id}/edit`}>{t("editDescription")}</Link> · <Link href={`/resources/${resource.id}/files`}>{t("manageFiles")}</Link>
        </p>
      ) : null}
      {staff ? (
        <ReviewPanel id={resource.id} version={resource.version} status={resource.status} action={decideAction} />
      ) : null}
    </article>
  );
}
