import "server-only";
import { resourceWhere } from "@/lib/authz/resource-where";
import type { TViewer } from "@/lib/authz/types";
import { ZUuid } from "@/lib/schemas/account";
import { getDb } from "@/lib/server/database/get-db";

// The resource the viewer may attach files to: their own editable one, or any of their
// library's as its librarian. Null otherwise (missing and forbidden look the same).
export async function findUploadableResource(viewer: TViewer, resourceId: string | null | undefined) {
  if (!resourceId || !ZUuid.safeParse(resourceId).success) return null;
  return getDb().resource.findFirst({
    where: { AND: [{ id: resourceId }, resourceWhere(viewer, "update")] },
    select: { id: true, library: { select: { countryCode: true } } },
  });
}
