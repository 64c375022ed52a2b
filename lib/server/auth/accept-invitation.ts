import "server-only";
import type { TSetPassword } from "@/lib/schemas/account";
import { getDb } from "@/lib/server/database/get-db";
import { consumeUserToken } from "./consume-user-token";
import { hashPassword } from "./hash-password";

// An invited person sets their name and password; following the link proves the address.
export async function acceptInvitation(input: TSetPassword): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  return getDb().$transaction(async (tx) => {
    const userId = await consumeUserToken(tx, { token: input.token, purpose: "INVITATION" });
    const user = await tx.user.update({
      where: { id: userId },
      data: { name: input.name, passwordHash, emailVerifiedAt: new Date() },
    });
    return { email: user.email };
  });
}
