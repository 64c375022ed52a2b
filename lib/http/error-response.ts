import { AppError } from "@/lib/errors";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// An expected error as JSON ({"error": {code, message}}) for API clients, or as a small
// page for a browser's form post. Anything unexpected is logged and answered generically.
export function errorResponse(request: Request, error: unknown): Response {
  const known = error instanceof AppError;
  if (!known) console.error(error);
  const status = known ? error.status : 500;
  const code = known ? error.code : "INTERNAL";
  const message = known ? error.message : "Something went wrong on our side. Please try again later.";
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
