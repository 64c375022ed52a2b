import { z } from "zod";
import { ZLibraryFilter } from "./library-filter";
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
  library: ZLibraryFilter("institutions"),
});
export type TInstitutionListQuery = z.infer<typeof ZInstitutionListQuery>;
