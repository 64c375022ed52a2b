import type { z } from "zod";
import { AppError } from "@/lib/errors";

// A cursor is the keyset of the last item of a page (for example its publication time and
// id), tagged with the list's order, as base64url JSON: opaque to clients, checked on the way in.
export function encodeCursor(keyset: readonly (string | null)[]): string {
  return Buffer.from(JSON.stringify(keyset), "utf8").toString("base64url");
}

export function decodeCursor<S extends z.ZodType>(cursor: string, schema: S): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    value = undefined;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const message = "cursor is not valid for this list: pass a next_cursor from the same list, or start again without one.";
    throw new AppError("BAD_REQUEST", message, { fieldErrors: { cursor: [message] } });
  }
  return parsed.data;
}
