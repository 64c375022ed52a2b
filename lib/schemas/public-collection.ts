import { z } from "zod";
import { ZTranslations } from "./translations";

// What the API says about a collection: no curator, no internal positions.
export const ZPublicCollectionSummary = z.object({
  id: z.string(),
  library: z.string(),
  slug: z.string(),
  title: ZTranslations,
  description: ZTranslations,
  resourceCount: z.number().int(),
  url: z.string(),
});

export const ZPublicCollection = ZPublicCollectionSummary.extend({
  resources: z.array(z.object({ id: z.string(), title: ZTranslations, languages: z.array(z.string()), year: z.number().int().nullable() })),
});
export type TPublicCollection = z.infer<typeof ZPublicCollection>;
