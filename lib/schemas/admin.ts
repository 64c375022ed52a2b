import { z } from "zod";
import { stripControlCharacters } from "@/lib/text/strip-control-characters";
import { ZRole, ZUuid } from "./account";

const ZSlug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "Use 2–63 lower-case letters, digits and hyphens.");

const ZCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Choose a country.");

const ZDomainList = z
  .string()
  .max(2000, "Too many domains.")
  .transform((value) => [...new Set(value.toLowerCase().split(/[\s,;]+/).filter(Boolean))])
  .pipe(z.array(z.string().regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/, "Each domain looks like tuit.uz (no @, no spaces).")).max(20, "At most 20 domains."));

const ZOptionalName = z.string().trim().max(300, "Use at most 300 characters.").optional();

export const ZInstitutionForm = z.object({
  countryCode: ZCountryCode,
  slug: ZSlug,
  nameEn: z.string().trim().min(2, "Enter the English name.").max(300, "Use at most 300 characters."),
  nameRu: ZOptionalName,
  nameLocal: ZOptionalName,
  emailDomains: ZDomainList,
});
export type TInstitutionForm = z.infer<typeof ZInstitutionForm>;

export const ZInstitutionUpdate = ZInstitutionForm.omit({ countryCode: true, slug: true }).extend({ id: ZUuid });
export type TInstitutionUpdate = z.infer<typeof ZInstitutionUpdate>;

export const ZUserAccessUpdate = z.object({ userId: ZUuid, role: ZRole, institution: z.string().trim().max(64) });
export type TUserAccessUpdate = z.infer<typeof ZUserAccessUpdate>;

export const ZUserActiveUpdate = z.object({ userId: ZUuid, active: z.enum(["true", "false"]).transform((v) => v === "true") });

export const ZLibraryHost = z.object({ countryCode: ZCountryCode, institution: z.string().trim().max(64) });

const ZCsvText = z.string().max(1_000_000, "The CSV is larger than 1 MB.");
export const ZCsvImport = z
  .object({ csv: ZCsvText.optional(), csvFile: ZCsvText.optional() })
  .transform((v) => ({ csv: (v.csvFile || v.csv || "").trim() }))
  .refine((v) => v.csv.length > 0, { message: "Paste the CSV or choose a file.", path: ["csv"] });

export const ZListQuery = z.object({
  q: z.string().transform(stripControlCharacters).pipe(z.string().trim().max(200)).optional().catch(undefined),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
