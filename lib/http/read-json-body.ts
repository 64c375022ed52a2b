import type { z } from "zod";
import { AppError } from "@/lib/errors";

const MAX_BYTES = 1_000_000;

// A JSON request body checked against a schema: 413 when too large, 400 when not JSON, 422
// with each field's message when it does not fit. An empty body counts as {}.
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
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
