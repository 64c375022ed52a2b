import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { toOutageError } from "./to-outage-error";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// An expected error as JSON ({"error": {code, message}}) for API clients, or as a small
// page for a browser's form post. A database or storage outage is a 503 with Retry-After (the
// client may simply try again); anything else unexpected is logged and answered generically.
export function errorResponse(request: Request, thrown: unknown): Response {
  const outage = thrown instanceof AppError ? null : toOutageError(thrown);
  const error = outage ?? thrown;
  const known = error instanceof AppError;
  if (!known) logger.error({ err: error }, "unexpected error");
  const status = known ? error.status : 500;
  const code = known ? error.code : "INTERNAL";
  // The request id lets whoever reads the logs find this failure from what the user reports.
  const requestId = request.headers.get("x-request-id");
  const message = known ? error.message : `Something went wrong on our side. Please try again later.${requestId ? ` (Request id: ${requestId})` : ""}`;
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (known && error.details?.retryAfterSeconds) headers.set("Retry-After", String(error.details.retryAfterSeconds));
  const wantsHtml = (request.headers.get("accept") ?? "").includes("text/html");
  if (wantsHtml) {
    headers.set("Content-Type", "text/html; charset=utf-8");
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${status} · Kitab</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><h1>${escapeHtml(message)}</h1><p><a href="/">Back to Kitab</a></p></body></html>`;
    return new Response(page, { status, headers });
  }
  return Response.json({ error: { code, message, ...(known && error.details?.fieldErrors ? { fieldErrors: error.details.fieldErrors } : {}) } }, { status, headers });
}
