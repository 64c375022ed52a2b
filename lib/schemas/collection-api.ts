import { z } from "zod";
import { ZCollectionCreate } from "./collection";

// GET /api/v1/collections[?library=UZ]
export const ZCollectionListQuery = z.object({
  library: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "library is a country code such as UZ.")
    .optional()
    .meta({ description: "Only this library's collections (its country code, e.g. UZ)." }),
});

// POST /api/v1/collections: the form's fields, and nothing else.
export const ZCollectionCreateRequest = ZCollectionCreate.strict();
