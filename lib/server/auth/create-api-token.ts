import "server-only";
import { randomBytes } from "node:crypto";
import type { TViewer } from "@/lib/authz/types";
import { AppError } from "@/lib/errors";
import { getDb } from "@/lib/server/database/get-db";
import { hashToken } from "./issue-user-token";

const MAX_TOKENS = 20;

// A personal API token, shown once: "kitab_" and 32 random bytes. It acts as its owner, with
// the owner's current role, until revoked.
export async function createApiToken(viewer: TViewer, name: string): Promise<{ id: string; token: string }> {
  const db = getDb();
  if ((await db.apiToken.count({ where: { userId: viewer.id, revokedAt: null } })) >= MAX_TOKENS) {
    throw new AppError("CONFLICT", `You have ${MAX_TOKENS} tokens already: revoke one first.`);
  }
  const token = `kitab_${randomBytes(32).toString("base64url")}`;
  const row = await db.apiToken.create({ data: { userId: viewer.id, name, tokenHash: hashToken(token) } });
  return { id: row.id, token };
}
