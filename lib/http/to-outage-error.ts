import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { detectOutage } from "./detect-outage";

// Long enough for a restarting database or S3 server, short enough that nobody gives up.
export const OUTAGE_RETRY_SECONDS = 10;

const MESSAGES = {
  database: "Kitab cannot reach its database at the moment. Please try again in a minute.",
  storage: "Kitab cannot reach its file storage (or another service it depends on) at the moment. Please try again in a minute; an upload can then be resumed where it stopped.",
};

// An unexpected error that only says a dependency is down, as a 503 the client can retry
// (with Retry-After), logged here as one line (its last message line: Prisma's are long);
// null for anything else, which the caller handles and logs as a failure.
export function toOutageError(error: unknown): AppError | null {
  const outage = detectOutage(error);
  if (!outage) return null;
  logger.error({ outage, reason: error instanceof Error ? error.message.trim().split("\n").pop() : String(error) }, "unavailable");
  return new AppError("UNAVAILABLE", MESSAGES[outage], { retryAfterSeconds: OUTAGE_RETRY_SECONDS });
}
