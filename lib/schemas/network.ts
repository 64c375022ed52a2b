import { z } from "zod";
import { ZTranslations } from "./translations";

// The editable network file, prisma/seed/network.json.
const ZNetworkInstitution = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "expected a lower-case slug"),
  names: ZTranslations.refine((names) => "en" in names, "needs an English name"),
  emailDomains: z.array(z.string().regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/, "expected a lower-case domain")),
  unconfirmedDomains: z.boolean().optional(),
});

const ZNetworkCountry = z
  .object({
    code: z.string().regex(/^[A-Z]{2}$/),
    names: ZTranslations.refine((names) => "en" in names, "needs an English name"),
    libraryNames: ZTranslations.refine((names) => "en" in names, "needs an English name"),
    host: z.string().nullable(),
    institutions: z.array(ZNetworkInstitution),
  })
  .refine((c) => c.host === null || c.institutions.some((i) => i.slug === c.host), {
    message: "host must be one of the country's own institutions",
    path: ["host"],
  });

export const ZNetwork = z
  .object({ countries: z.array(ZNetworkCountry).min(1) })
  .refine(
    (n) => {
      const slugs = n.countries.flatMap((c) => c.institutions.map((i) => i.slug));
      return new Set(slugs).size === slugs.length;
    },
    { message: "institution slugs must be unique across the network" },
  );

export type TNetwork = z.infer<typeof ZNetwork>;

export const ZSubjectList = z.object({
  subjects: z.array(
    z.object({
      code: z.string().regex(/^\d{2,4}$/),
      parent: z.string().nullable(),
      names: ZTranslations,
    }),
  ),
});

export type TSubjectList = z.infer<typeof ZSubjectList>;
