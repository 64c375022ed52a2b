import "server-only";
import type { TViewer } from "@/lib/authz/types";
import { getDb } from "@/lib/server/database/get-db";

// A contributor's own resources, newest first, with their latest notifications.
export async function listOwnResources(viewer: TViewer) {
  const db = getDb();
  const [resources, notifications] = await Promise.all([
    db.resource.findMany({ where: { uploaderId: viewer.id }, orderBy: { updatedAt: "desc" }, take: 200 }),
    db.notification.findMany({ where: { userId: viewer.id }, orderBy: { createdAt: "desc" }, take: 20 }),
  ]);
  return { resources, notifications };
}
