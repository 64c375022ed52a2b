import "server-only";
import type { TViewer } from "@/lib/authz/types";
import { notFound } from "@/lib/errors";
import { getDb } from "@/lib/server/database/get-db";

export async function revokeApiToken(viewer: TViewer, id: string): Promise<void> {
  const revoked = await getDb().apiToken.updateMany({ where: { id, userId: viewer.id, revokedAt: null }, data: { revokedAt: new Date() } });
  if (revoked.count !== 1) throw notFound("token");
}
