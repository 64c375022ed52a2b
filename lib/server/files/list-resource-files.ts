import "server-only";
import { z } from "zod";
import { resourceWhere } from "@/lib/authz/resource-where";
import type { TMaybeViewer } from "@/lib/authz/types";
import { decodeCursor, encodeCursor } from "@/lib/pagination/cursor";
import { toPage } from "@/lib/pagination/to-page";
import { ZUuid } from "@/lib/schemas/account";
import type { TPageQuery } from "@/lib/schemas/pagination";
import { getDb } from "@/lib/server/database/get-db";

const ZFileCursor = z.tuple([z.literal("file"), z.uuid()]);

// A resource's current files (not the versions they replaced), oldest first: ids are UUIDv7,
// so their order is the upload order. Null when the viewer may not read the resource; a
// withdrawn resource reads as a tombstone with no files, except to those who may still download them.
export async function listResourceFiles(options: { viewer: TMaybeViewer; resourceId: string; query: TPageQuery }) {
  const { viewer, resourceId, query } = options;
  if (!ZUuid.safeParse(resourceId).success) return null;
  const after = query.cursor ? decodeCursor(query.cursor, ZFileCursor)[1] : undefined;
  const resource = await getDb().resource.findFirst({
    where: { AND: [{ id: resourceId }, resourceWhere(viewer, "read")] },
    select: {
      id: true,
      files: {
        where: { replacedById: null, resource: resourceWhere(viewer, "download"), ...(after ? { id: { gt: after } } : {}) },
        select: { id: true, originalName: true, size: true, mediaType: true, sha256: true, thumbnailHash: true, thumbnailWidth: true, thumbnailHeight: true },
        orderBy: { id: "asc" },
        take: query.limit + 1,
      },
    },
  });
  if (!resource) return null;
  return toPage(resource.files, query.limit, (last) => encodeCursor(["file", last.id]));
}
