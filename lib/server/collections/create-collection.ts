import "server-only";
import { can } from "@/lib/authz/can";
import type { TViewer } from "@/lib/authz/types";
import { AppError } from "@/lib/errors";
import type { TCollectionCreate } from "@/lib/schemas/collection";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getDb } from "@/lib/server/database/get-db";

// A librarian groups resources of their library, for example a course's materials.
export async function createCollection(viewer: TViewer, input: TCollectionCreate) {
  if (!can(viewer, { action: "collection.manage", countryCode: input.library })) {
    throw new AppError("FORBIDDEN", "You manage the collections of your own library only.");
  }
  return getDb().$transaction(async (tx) => {
    const library = await tx.library.findUnique({ where: { countryCode: input.library } });
    if (!library) throw new AppError("VALIDATION", "No such library.");
    if (await tx.collection.findUnique({ where: { libraryId_slug: { libraryId: library.id, slug: input.slug } } })) {
      const message = `The short name "${input.slug}" is taken in this library.`;
      throw new AppError("CONFLICT", message, { fieldErrors: { slug: [message] } });
    }
    const collection = await tx.collection.create({
      data: {
        libraryId: library.id,
        slug: input.slug,
        title: { [input.titleLang]: input.title },
        description: input.description ? { [input.titleLang]: input.description } : {},
        curatorId: viewer.id,
      },
    });
    await recordAuditEvent(tx, { actorId: viewer.id, action: "collection.create", entityType: "Collection", entityId: collection.id, countryCode: library.countryCode, after: { slug: input.slug, title: input.title } });
    return collection;
  });
}
