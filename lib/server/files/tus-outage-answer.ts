import "server-only";
import { toOutageError } from "@/lib/http/to-outage-error";

// For @tus/server's onResponseError: a chunk that could not be stored because S3 or the
// database is down is a 503 the client may retry (tus-js-client and Uppy resume from the
// offset a HEAD reports), not a bare 500. Anything else keeps tus's own answer.
export async function tusOutageAnswer(_request: Request, error: unknown): Promise<{ status_code: number; body: string } | undefined> {
  const outage = toOutageError(error);
  if (!outage) return undefined;
  return { status_code: outage.status, body: `${outage.message}\n` };
}
