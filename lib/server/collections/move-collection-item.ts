import "server-only";
import { can } from "@/lib/authz/can";
import type { TViewer } from "@/lib/authz/types";
import { notFound } from "@/lib/errors";
import type { TCollectionMove } from "@/lib/schemas/collection";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getDb } from "@/lib/server/database/get-db";

// Moves one resource a place up or down by swapping positions with its neighbour; at either
// end it stays where it is.
export async function moveCollectionItem(viewer: TViewer, input: TCollectionMove) {
  return getDb().$transaction(async (tx) => {
    const collection = await tx.collection.findUnique({ where: { id: input.collectionId }, include: { library: true } });
    if (!collection || !can(viewer, { action: "collection.manage", countryCode: collection.library.countryCode })) throw notFound("collection");
    const items = await tx.collectionItem.findMany({ where: { collectionId: collection.id }, orderBy: { position: "asc" } });
    const index = items.findIndex((i) => i.resourceId === input.resourceId);
    if (index < 0) throw notFound("resource in this collection");
    const neighbour = items[input.direction === "up" ? index - 1 : index + 1];
    if (!neighbour) return;
    const item = items[index]!;
    await tx.collectionItem.update({ where: { collectionId_resourceId: { collectionId: collection.id, resourceId: item.resourceId } }, data: { position: neighbour.position } });
    await tx.collectionItem.update({ where: { collectionId_resourceId: { collectionId: collection.id, resourceId: neighbour.resourceId } }, data: { position: item.position } });
    await recordAuditEvent(tx, { actorId: viewer.id, action: "collection.item.move", entityType: "Collection", entityId: collection.id, countryCode: collection.library.countryCode, after: { resourceId: item.resourceId, direction: input.direction } });
  });
}
