import { z } from "zod";
import { ZPageQuery } from "./pagination";
import { ZTranslations } from "./translations";

// What the API says about a partner institution: no e-mail domains, no users.
export const ZPublicInstitution = z.object({
  slug: z.string().meta({ description: "Short name, unique across the network (e.g. tuit)." }),
  country: z.string().meta({ description: "Country code of its library." }),
  names: ZTranslations,
  website: z.string().nullable(),
  isHost: z.boolean().meta({ description: "Whether it runs its country's library." }),
  publishedResourceCount: z.number().int(),
});
export type TPublicInstitution = z.infer<typeof ZPublicInstitution>;

export const ZInstitutionListQuery = ZPageQuery.extend({
  library: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "library is a country code such as UZ.")
    .optional()
    .meta({ description: "Only this library's institutions (its country code, e.g. UZ)." }),
});
export type TInstitutionListQuery = z.infer<typeof ZInstitutionListQuery>;
