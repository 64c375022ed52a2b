import "server-only";
import { resourceWhere } from "@/lib/authz/resource-where";
import type { TViewer } from "@/lib/authz/types";
import { notFound } from "@/lib/errors";
import { ZUuid } from "@/lib/schemas/account";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getDb } from "@/lib/server/database/get-db";
import { enqueueFileProcessing } from "./enqueue-file-processing";

// A librarian re-runs processing for every file of a resource of their library (after a
// failure, or when extraction has improved). Returns how many files were queued.
export async function reprocessResource(viewer: TViewer, id: string): Promise<number> {
  if (!ZUuid.safeParse(id).success) throw notFound();
  const db = getDb();
  const resource = await db.resource.findFirst({
    where: { AND: [{ id }, resourceWhere(viewer, "review")] },
    select: { id: true, library: { select: { countryCode: true } }, files: { select: { id: true } } },
  });
  if (!resource) throw notFound();
  await enqueueFileProcessing(resource.files.map((f) => f.id));
  await db.$transaction((tx) =>
    recordAuditEvent(tx, { actorId: viewer.id, action: "resource.reprocess", entityType: "Resource", entityId: id, countryCode: resource.library.countryCode, after: { files: resource.files.length } }),
  );
  return resource.files.length;
}
