import "server-only";
import { resourceWhere } from "@/lib/authz/resource-where";
import type { TMaybeViewer } from "@/lib/authz/types";
import { ZUuid } from "@/lib/schemas/account";
import { getDb } from "@/lib/server/database/get-db";

// One resource as the viewer may see it; null when it is missing or not theirs to see
// (drafts of another country, network-only resources for anonymous visitors).
export async function getResourceById(options: { viewer: TMaybeViewer; id: string }) {
  if (!ZUuid.safeParse(options.id).success) return null;
  return getDb().resource.findFirst({
    where: { AND: [{ id: options.id }, resourceWhere(options.viewer, "read")] },
    include: {
      library: { select: { countryCode: true, names: true } },
      institution: { select: { slug: true, names: true } },
      subjects: { select: { code: true, names: true } },
      files: {
        where: { replacedById: null },
        select: { id: true, originalName: true, size: true, mediaType: true, sha256: true, processingStatus: true, processingError: true, thumbnailHash: true, thumbnailWidth: true, thumbnailHeight: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
}

export type TResourceWithRelations = NonNullable<Awaited<ReturnType<typeof getResourceById>>>;
