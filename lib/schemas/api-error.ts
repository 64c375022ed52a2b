import { z } from "zod";
import type { TErrorCode } from "@/lib/errors";

const CODES = [
  "BAD_REQUEST",
  "VALIDATION",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "RANGE_NOT_SATISFIABLE",
  "UNAVAILABLE",
  "METHOD_NOT_ALLOWED",
  "INTERNAL",
] as const;

// Does not compile when lib/errors.ts gains a code that is not listed above.
type TNoneLeft<T extends never> = T;
export type TUnlistedErrorCode = TNoneLeft<Exclude<TErrorCode, (typeof CODES)[number]>>;

// The body of every error answer (lib/http/error-response.ts).
export const ZApiError = z.object({
  error: z.object({
    code: z.enum(CODES),
    message: z.string().meta({ description: "For people: says what is wrong and what to do." }),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Messages per field or parameter, when the input did not fit." }),
  }),
});
