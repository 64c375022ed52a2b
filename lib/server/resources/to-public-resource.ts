import { ZPublicResource, type TPublicResource } from "@/lib/schemas/public-resource";
import type { TResourceWithRelations } from "./get-resource-by-id";
import { toPublicResourceFile } from "./to-public-resource-file";

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
    updatedAt: r.updatedAt.toISOString(),
    files: r.files.map((f) => toPublicResourceFile(r.id, f)),
  });
}
