import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@prisma/client";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

// A one-time token for an e-mailed link; only its hash is stored. Earlier unused tokens
// of the same purpose are revoked, so only the newest link works.
export async function issueUserToken(
  tx: Prisma.TransactionClient,
  options: { userId: string; purpose: "VERIFY_EMAIL" | "INVITATION"; ttlHours: number },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.userToken.deleteMany({ where: { userId: options.userId, purpose: options.purpose, usedAt: null } });
  await tx.userToken.create({
    data: {
      userId: options.userId,
      purpose: options.purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + options.ttlHours * 3600_000),
    },
  });
  return token;
}
