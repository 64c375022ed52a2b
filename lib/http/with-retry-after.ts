import { OUTAGE_RETRY_SECONDS } from "./to-outage-error";

// A 503 from a handler that cannot set headers itself (tus's onResponseError) still tells the
// client when to try again.
export function withRetryAfter(response: Response): Response {
  if (response.status === 503 && !response.headers.has("retry-after")) response.headers.set("Retry-After", String(OUTAGE_RETRY_SECONDS));
  return response;
}
