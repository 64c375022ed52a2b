import "server-only";
import { resourceWhere } from "@/lib/authz/resource-where";
import type { TMaybeViewer } from "@/lib/authz/types";
import { ZUuid } from "@/lib/schemas/account";
import { getDb } from "@/lib/server/database/get-db";
import { RESOURCE_INCLUDE } from "./resource-include";

// One resource as the viewer may see it; null when it is missing or not theirs to see
// (drafts of another country, network-only resources for anonymous visitors).
export async function getResourceById(options: { viewer: TMaybeViewer; id: string }) {
  if (!ZUuid.safeParse(options.id).success) return null;
  return getDb().resource.findFirst({
    where: { AND: [{ id: options.id }, resourceWhere(options.viewer, "read")] },
    include: RESOURCE_INCLUDE,
  });
}

export type TResourceWithRelations = NonNullable<Awaited<ReturnType<typeof getResourceById>>>;
