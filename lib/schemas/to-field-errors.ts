import type { z } from "zod";

// A zod error as messages per top-level field, the shape every form shows next to its inputs.
// Shared by server actions and the forms' own checks in the browser, so both say the same.
export function toFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return fieldErrors;
}
