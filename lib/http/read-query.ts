import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/schemas/to-field-errors";

// A request's query string checked against a schema: 400 naming the first wrong parameter.
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues[0]!.message, { fieldErrors: toFieldErrors(parsed.error) });
  return parsed.data;
}
