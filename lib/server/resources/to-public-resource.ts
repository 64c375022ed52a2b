import { fileThumbnail } from "@/lib/files/file-thumbnail";
import { ZPublicResource, type TPublicResource } from "@/lib/schemas/public-resource";
import type { TResourceWithRelations } from "./get-resource-by-id";

export function toPublicResource(r: TResourceWithRelations): TPublicResource {
  return ZPublicResource.parse({
    id: r.id,
    status: r.status,
    visibility: r.visibility,
    library: r.library.countryCode,
    institution: r.institution.slug,
    title: r.title,
    description: r.description,
    authors: r.authors,
    subjects: r.subjects.map((s) => s.code),
    keywords: r.keywords,
    languages: r.languages,
    level: r.educationalLevel?.toLowerCase() ?? null,
    type: r.learningResourceType?.toLowerCase() ?? null,
    courseName: r.courseName,
    license: r.license,
    year: r.year,
    sourceId: r.sourceId,
    version: r.version,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    files: r.files.map((f) => ({ id: f.id, name: f.originalName, size: Number(f.size), mediaType: f.mediaType, sha256: f.sha256, thumbnail: fileThumbnail(r.id, f) })),
  });
}
