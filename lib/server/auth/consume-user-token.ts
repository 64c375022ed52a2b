import "server-only";
import type { Prisma } from "@prisma/client";
import { AppError } from "@/lib/errors";
import { hashToken } from "./issue-user-token";

// Marks a valid token used, in the caller's transaction, and answers its user. The update's
// where clause makes two concurrent uses impossible: only one finds it unused.
export async function consumeUserToken(
  tx: Prisma.TransactionClient,
  options: { token: string; purpose: "VERIFY_EMAIL" | "INVITATION" },
): Promise<string> {
  const tokenHash = hashToken(options.token);
  const used = await tx.userToken.updateMany({
    where: { tokenHash, purpose: options.purpose, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (used.count !== 1) throw new AppError("BAD_REQUEST", "This link has expired or has already been used.");
  const token = await tx.userToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
  return token.userId;
}
