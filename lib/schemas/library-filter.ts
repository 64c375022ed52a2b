import { z } from "zod";

// The `library` filter of the API's lists: a library named by its country code.
export const ZLibraryFilter = (what: string) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "library is a country code such as UZ.")
    .optional()
    .meta({ description: `Only this library's ${what} (its country code, e.g. UZ).` });
