import "server-only";
import { getDb } from "@/lib/server/database/get-db";

// The files of a resource that newer uploads replaced, newest first. The caller has already
// checked that the viewer may see the resource.
export function listEarlierVersions(resourceId: string) {
  return getDb().resourceFile.findMany({
    where: { resourceId, replacedById: { not: null } },
    orderBy: { createdAt: "desc" },
    select: { id: true, originalName: true, size: true, mediaType: true, createdAt: true, replacedBy: { select: { originalName: true } } },
  });
}
