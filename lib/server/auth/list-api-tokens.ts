import "server-only";
import type { TViewer } from "@/lib/authz/types";
import { getDb } from "@/lib/server/database/get-db";

export function listApiTokens(viewer: TViewer) {
  return getDb().apiToken.findMany({
    where: { userId: viewer.id, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
  });
}
