import "server-only";
import { can } from "@/lib/authz/can";
import type { TViewer } from "@/lib/authz/types";
import { AppError, notFound } from "@/lib/errors";
import type { TCollectionItems } from "@/lib/schemas/collection";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { ZUuid } from "@/lib/schemas/account";
import { getDb } from "@/lib/server/database/get-db";

// Replaces a collection's resources with this ordered list, all or nothing: a resource of
// another library (or none at all) refuses the whole list.
export async function setCollectionItems(viewer: TViewer, collectionId: string, input: TCollectionItems) {
  if (!ZUuid.safeParse(collectionId).success) throw notFound("collection");
  return getDb().$transaction(async (tx) => {
    const collection = await tx.collection.findUnique({ where: { id: collectionId }, include: { library: true, items: { orderBy: { position: "asc" } } } });
    if (!collection || !can(viewer, { action: "collection.manage", countryCode: collection.library.countryCode })) throw notFound("collection");
    const found = await tx.resource.findMany({ where: { id: { in: input.resources }, libraryId: collection.libraryId }, select: { id: true } });
    const known = new Set(found.map((r) => r.id));
    const unknown = input.resources.filter((id) => !known.has(id));
    if (unknown.length) {
      const message = `Not resources of this library: ${unknown.join(", ")}.`;
      throw new AppError("VALIDATION", message, { fieldErrors: { resources: [message] } });
    }
    await tx.collectionItem.deleteMany({ where: { collectionId } });
    await tx.collectionItem.createMany({ data: input.resources.map((resourceId, index) => ({ collectionId, resourceId, position: index + 1 })) });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: "collection.items.set",
      entityType: "Collection",
      entityId: collectionId,
      countryCode: collection.library.countryCode,
      before: { resources: collection.items.map((i) => i.resourceId) },
      after: { resources: input.resources },
    });
  });
}
