import "server-only";
import { resourceWhere } from "@/lib/authz/resource-where";
import type { TMaybeViewer } from "@/lib/authz/types";
import { ZUuid } from "@/lib/schemas/account";
import { getDb } from "@/lib/server/database/get-db";

// A file the viewer may download: one of a resource they may read (public resources for
// anyone, network ones for members, drafts for their owner and librarians; a withdrawn one's
// only for them). Null otherwise.
export async function getFileForDownload(options: { viewer: TMaybeViewer; resourceId: string; fileId: string }) {
  if (!ZUuid.safeParse(options.resourceId).success || !ZUuid.safeParse(options.fileId).success) return null;
  return getDb().resourceFile.findFirst({
    where: { id: options.fileId, resource: { AND: [{ id: options.resourceId }, resourceWhere(options.viewer, "download")] } },
    select: {
      id: true,
      resourceId: true,
      objectKey: true,
      originalName: true,
      size: true,
      mediaType: true,
      sha256: true,
      thumbnailHash: true,
      resource: { select: { library: { select: { countryCode: true } } } }, // for the usage statistics
    },
  });
}
