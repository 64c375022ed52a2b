import type { z } from "zod";
import { AppError } from "@/lib/errors";

const MAX_BYTES = 1_000_000;

// JSON itself, or no declared type / text/plain (what fetch and curl send for a bare string
// body): anything else (a form, XML, a file) was meant for some other endpoint.
const JSON_TYPE = /^(application\/([\w.+-]+\+)?json|text\/plain)\s*(;|$)/i;

// A JSON request body checked against a schema: 413 when too large, 400 when not JSON, 422
// with each field's message when it does not fit, 415 when it is declared as something else.
// An empty body counts as {}.
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const type = request.headers.get("content-type");
  if (type && !JSON_TYPE.test(type.trim())) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON (Content-Type: application/json).");
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "The request body is larger than 1 MB.");
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "The request body is larger than 1 MB.");
  let body: unknown = {};
  try {
    body = text.trim() ? JSON.parse(text) : {};
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid JSON.");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "body"] ??= []).push(issue.message);
    throw new AppError("VALIDATION", "Some fields are not right.", { fieldErrors });
  }
  return parsed.data;
}
