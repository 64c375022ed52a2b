import "server-only";
import { can } from "@/lib/authz/can";
import type { TViewer } from "@/lib/authz/types";
import { AppError, notFound } from "@/lib/errors";
import type { TCollectionItem } from "@/lib/schemas/collection";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getDb } from "@/lib/server/database/get-db";

// Adds a resource of the collection's library at the end, or removes it.
export async function setCollectionItem(viewer: TViewer, input: TCollectionItem & { present: boolean }) {
  return getDb().$transaction(async (tx) => {
    const collection = await tx.collection.findUnique({ where: { id: input.collectionId }, include: { library: true } });
    if (!collection || !can(viewer, { action: "collection.manage", countryCode: collection.library.countryCode })) throw notFound("collection");
    if (!input.present) {
      await tx.collectionItem.deleteMany({ where: { collectionId: collection.id, resourceId: input.resourceId } });
    } else {
      const resource = await tx.resource.findFirst({ where: { id: input.resourceId, libraryId: collection.libraryId } });
      if (!resource) throw new AppError("VALIDATION", "No resource with that id in this library.", { fieldErrors: { resourceId: ["No resource with that id in this library."] } });
      const last = await tx.collectionItem.aggregate({ where: { collectionId: collection.id }, _max: { position: true } });
      await tx.collectionItem.upsert({
        where: { collectionId_resourceId: { collectionId: collection.id, resourceId: resource.id } },
        create: { collectionId: collection.id, resourceId: resource.id, position: (last._max.position ?? 0) + 1 },
        update: {},
      });
    }
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: input.present ? "collection.item.add" : "collection.item.remove",
      entityType: "Collection",
      entityId: collection.id,
      countryCode: collection.library.countryCode,
      after: { resourceId: input.resourceId },
    });
  });
}
