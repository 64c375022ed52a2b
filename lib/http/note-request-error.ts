import { logger } from "@/lib/log/logger";
import { requestContext } from "@/lib/log/request-context";
import { toOutageError } from "./to-outage-error";

// Next's onRequestError hook (instrumentation.ts): an error a page, route or action did not
// handle. Logged with the request's id; when it only says the database or storage is away, the
// request is marked, and the front door then sends its error page as 503 + Retry-After, not 500:
// a page cannot set its own status, and the proxy or the client should simply try again.
export function noteRequestError(error: unknown, path: string): void {
  const outage = toOutageError(error) !== null;
  const context = requestContext.getStore();
  if (outage && context) context.outage = true;
  if (!outage) logger.error({ err: error, path }, "request failed");
}
