import "server-only";
import { getDb } from "@/lib/server/database/get-db";
import { normalizeEmail } from "@/lib/text/normalize-email";
import { stripControlCharacters } from "@/lib/text/strip-control-characters";

export const SIGN_IN_MAX_FAILURES = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60_000;

// After 10 failed sign-ins in 15 minutes, for one account or from one address, further
// attempts are refused until the oldest failure in the window has aged out.
export async function checkSignInRateLimit(options: {
  email: string;
  ip: string;
}): Promise<{ limited: false } | { limited: true; retryAfterSeconds: number }> {
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MS);
  const db = getDb();
  const recentFailures = (where: { email: string } | { ip: string }) =>
    db.signInAttempt.findMany({
      where: { ...where, succeeded: false, createdAt: { gte: since } },
      orderBy: { createdAt: "desc" },
      take: SIGN_IN_MAX_FAILURES,
      select: { createdAt: true },
    });
  const [byEmail, byIp] = await Promise.all([
    recentFailures({ email: normalizeEmail(options.email) }),
    recentFailures({ ip: stripControlCharacters(options.ip) }),
  ]);
  const blocking = [byEmail, byIp].filter((f) => f.length >= SIGN_IN_MAX_FAILURES);
  if (blocking.length === 0) return { limited: false };
  // The 10th most recent failure is the one whose expiry frees a slot.
  const freeAt = Math.max(...blocking.map((f) => f.at(-1)!.createdAt.getTime() + SIGN_IN_WINDOW_MS));
  return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - Date.now()) / 1000)) };
}
