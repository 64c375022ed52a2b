import "server-only";
import { getDb } from "@/lib/server/database/get-db";
import { hashToken } from "./issue-user-token";

// The user an API token acts for, if it is valid; records when it was last used (at most
// once a minute, to keep reads cheap).
export async function findTokenUserId(token: string): Promise<string | null> {
  if (!/^kitab_[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const db = getDb();
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, revokedAt: true, lastUsedAt: true } });
  if (!row || row.revokedAt) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return row.userId;
}
