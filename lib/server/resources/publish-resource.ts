import "server-only";
import { resourceWhere } from "@/lib/authz/resource-where";
import type { TViewer } from "@/lib/authz/types";
import { AppError, notFound } from "@/lib/errors";
import { ZUuid } from "@/lib/schemas/account";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getDb } from "@/lib/server/database/get-db";

// A librarian of the resource's library (or an admin) publishes a submitted resource. The
// version check makes two simultaneous publishers safe: one wins, the other is told.
export async function publishResource(viewer: TViewer, options: { id: string; version?: number }) {
  if (!ZUuid.safeParse(options.id).success) throw notFound();
  return getDb().$transaction(async (tx) => {
    const resource = await tx.resource.findFirst({
      where: { AND: [{ id: options.id }, resourceWhere(viewer, "review")] },
      include: { library: { select: { countryCode: true } } },
    });
    if (!resource) throw notFound();
    if (resource.status !== "SUBMITTED") {
      throw new AppError("CONFLICT", `Only submitted resources can be published; this one is ${resource.status.toLowerCase().replace("_", " ")}.`);
    }
    const version = options.version ?? resource.version;
    const now = new Date();
    const updated = await tx.resource.updateMany({
      where: { id: resource.id, version, status: "SUBMITTED" },
      data: { status: "PUBLISHED", publishedAt: now, statusReason: null, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "Someone else changed this resource meanwhile. Reload it and try again.");
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: "resource.publish",
      entityType: "Resource",
      entityId: resource.id,
      countryCode: resource.library.countryCode,
      before: { status: resource.status, version },
      after: { status: "PUBLISHED", version: version + 1 },
    });
    return tx.resource.findUniqueOrThrow({ where: { id: resource.id } });
  });
}
