import "server-only";
import { hash as argonHash, verify } from "@node-rs/argon2";
import { AppError } from "@/lib/errors";
import { getDb } from "@/lib/server/database/get-db";
import { normalizeEmail } from "@/lib/text/normalize-email";
import { stripControlCharacters } from "@/lib/text/strip-control-characters";

// Verified against when the account does not exist, so that the answer takes as long.
let dummyHash: Promise<string> | undefined;

export class EmailNotVerifiedError extends AppError {
  constructor() {
    super("FORBIDDEN", "EmailNotVerified");
  }
}

// Checks an email and password; records the attempt for rate limiting. Answers the user's id,
// or null for a wrong email, wrong password or deactivated account (indistinguishable).
export async function verifyCredentials(options: { email: string; password: string; ip: string }) {
  const db = getDb();
  const email = normalizeEmail(options.email);
  const user = await db.user.findUnique({ where: { email } });
  const hash = user?.passwordHash ?? (await (dummyHash ??= argonHash("no-such-account-password")));
  const passwordOk = await verify(hash, options.password.slice(0, 200)).catch(() => false);
  const ok = Boolean(user?.passwordHash && user.active && passwordOk);
  await db.signInAttempt.create({ data: { email, ip: stripControlCharacters(options.ip), succeeded: ok } });
  if (!ok || !user) return null;
  if (!user.emailVerifiedAt) throw new EmailNotVerifiedError();
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name };
}
