import "server-only";
import { resourceWhere } from "@/lib/authz/resource-where";
import type { TMaybeViewer } from "@/lib/authz/types";
import { getDb } from "@/lib/server/database/get-db";

// Up to five published resources that share a collection or a subject with this one,
// newest first, among those the viewer may see.
export async function listRelatedResources(options: { viewer: TMaybeViewer; id: string; subjectCodes: string[]; take?: number }) {
  const collections = await getDb().collectionItem.findMany({ where: { resourceId: options.id }, select: { collectionId: true } });
  return getDb().resource.findMany({
    where: {
      AND: [
        resourceWhere(options.viewer, "read"),
        { status: "PUBLISHED", id: { not: options.id } },
        {
          OR: [
            { collectionItems: { some: { collectionId: { in: collections.map((c) => c.collectionId) } } } },
            { subjects: { some: { code: { in: options.subjectCodes } } } },
          ],
        },
      ],
    },
    orderBy: { publishedAt: "desc" },
    take: options.take ?? 5,
    select: { id: true, title: true, languages: true, year: true },
  });
}
