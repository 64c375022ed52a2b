import "server-only";
import { getDb } from "@/lib/server/database/get-db";
import { consumeUserToken } from "./consume-user-token";

export async function verifyEmail(token: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const userId = await consumeUserToken(tx, { token, purpose: "VERIFY_EMAIL" });
    await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } });
  });
}
