import "server-only";
import { englishName } from "@/lib/oai/english-name";
import { licenseLabel } from "@/lib/catalogue/normalize-license";
import { fileThumbnail } from "@/lib/files/file-thumbnail";
import type { TOaiRecord } from "@/lib/oai/oai-record";
import type { TOaiRecordRow } from "./oai-record-select";
import { toOaiHeader } from "./to-oai-header";
import { fileDownloadPath } from "@/lib/files/file-download-path";


// A database row as the OAI-PMH formats describe it, with absolute addresses.
export function toOaiRecord(row: TOaiRecordRow, publicUrl: string): TOaiRecord {
  const thumbnail = row.files.map((f) => fileThumbnail(row.id, f)).find(Boolean);
  return {
    ...toOaiHeader(row),
    url: `${publicUrl}/resources/${row.id}`,
    title: row.title as Record<string, string>,
    description: row.description as Record<string, string>,
    authors: row.authors as { name: string; orcid?: string }[],
    keywords: row.keywords,
    languages: row.languages,
    level: row.educationalLevel,
    type: row.learningResourceType,
    courseName: row.courseName,
    license: row.license,
    licenseLabel: row.license ? licenseLabel(row.license) : null,
    year: row.year,
    sourceUrl: row.sourceUrl,
    publishedAt: row.publishedAt,
    institution: { slug: row.institution.slug, name: englishName(row.institution.names, row.institution.slug) },
    country: row.library.countryCode,
    subjects: row.subjects.map((s) => ({ code: s.code, name: englishName(s.names, s.code) })),
    files: row.files.map((f) => ({ url: `${publicUrl}${fileDownloadPath(row.id, f.id)}`, name: f.originalName, mediaType: f.mediaType, size: Number(f.size), sha256: f.sha256 })),
    thumbnailUrl: thumbnail ? `${publicUrl}${thumbnail.url}` : null,
    collectionUrls: row.collectionItems.map((item) => `${publicUrl}/collections/${item.collection.library.countryCode}/${item.collection.slug}`),
  };
}
