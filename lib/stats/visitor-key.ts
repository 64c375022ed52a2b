import { createHash } from "node:crypto";

// Who used an item, as far as counting needs it: a signed-in person by their id, anyone else
// by address and browser. Salted with the app's secret and the UTC day, then hashed, so the
// key tells visitors apart within a day (COUNTER's sessions and double clicks) but can be
// neither reversed nor followed from one day to the next.
export function visitorKey(options: { secret: string; at: Date; userId?: string | null; ip: string; userAgent: string }): string {
  const day = options.at.toISOString().slice(0, 10);
  const who = options.userId ? `user:${options.userId}` : `anon:${options.ip}|${options.userAgent}`;
  return createHash("sha256").update(`${options.secret}|${day}|${who}`).digest("hex").slice(0, 32);
}
