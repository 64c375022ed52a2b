import { z } from "zod";
import { ZTranslations } from "./translations";

// What the API may say about a library; anything not listed here is stripped.
export const ZPublicLibrary = z.object({
  country: z.string(),
  countryNames: ZTranslations,
  names: ZTranslations,
  hostInstitution: z.object({ slug: z.string(), names: ZTranslations }).nullable(),
  institutionCount: z.number().int(),
  publishedResourceCount: z.number().int(),
});

export type TPublicLibrary = z.infer<typeof ZPublicLibrary>;
