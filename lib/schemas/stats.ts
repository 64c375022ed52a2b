import { z } from "zod";
import { addDays, addMonths, isIsoDate, todayUtc } from "@/lib/stats/iso-date";
import { STATS_TABLE_NAMES } from "@/lib/stats/stats-tables";

export const STATS_DEFAULT_DAYS = 30;
export const STATS_MAX_MONTHS = 36;
export const GRANULARITIES = ["day", "week", "month"] as const;
export type TGranularity = (typeof GRANULARITIES)[number];

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());
const isoDate = (name: string) => z.string().refine(isIsoDate, `${name} is a date as YYYY-MM-DD.`);

// The statistics request as the dashboard's address, its CSV links and the API take it.
export const ZStatsQueryParams = z.object({
  library: optional(z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "library is a country code such as UZ.")),
  from: optional(isoDate("from")),
  to: optional(isoDate("to")),
  granularity: optional(z.enum(GRANULARITIES, { error: "granularity is day, week or month." })),
});

// Dates are inclusive UTC days; without them the last 30 days up to today.
export const ZStatsQuery = ZStatsQueryParams.transform((q, ctx) => {
  const to = q.to ?? todayUtc();
  const from = q.from ?? addDays(to, 1 - STATS_DEFAULT_DAYS);
  if (from > to) ctx.addIssue({ code: "custom", message: "from is after to.", path: ["from"] });
  else if (from < addDays(addMonths(to, -STATS_MAX_MONTHS), 1)) ctx.addIssue({ code: "custom", message: "The range is at most 3 years.", path: ["from"] });
  return { library: q.library, from, to, granularity: q.granularity ?? ("day" as TGranularity) };
});
export type TStatsQuery = z.output<typeof ZStatsQuery>;

const count = z.number().int().min(0);
const usage = { views: count, uniqueViews: count, downloads: count, uniqueDownloads: count };
const days = z.number().min(0).nullable().meta({ description: "Days from (last) submission to publication; null without publications." });
const turnaround = { count, medianDays: days, p90Days: days };

// What the statistics API answers: the dashboard's numbers and nothing more (no user, no e-mail).
export const ZStatsResult = z.object({
  scope: z.string().meta({ description: "The library's country code, or network." }),
  from: z.string(),
  to: z.string(),
  granularity: z.enum(GRANULARITIES),
  totals: z.object({
    ...usage,
    institutionsServed: count.meta({ description: "Distinct viewers' institutions with any view or download." }),
    countriesServed: count,
    uploads: count,
    publications: count,
    searches: count,
    zeroResultSearches: count,
  }),
  usageOverTime: z.array(z.object({ period: z.string().meta({ description: "First day of the day, ISO week or month." }), ...usage })),
  byInstitution: z.array(z.object({ institution: z.string().nullable().meta({ description: "Short name; null for anonymous or unknown viewers." }), name: z.string(), ...usage })),
  byCountry: z.array(z.object({ country: z.string().nullable().meta({ description: "Country code; null for anonymous or unknown viewers." }), name: z.string(), ...usage })),
  resources: z.array(z.object({ id: z.string(), title: z.string(), lang: z.string().nullable(), library: z.string(), ...usage })).meta({
    description: "Every resource used in the range, most downloaded first, up to 1,000.",
  }),
  resourcesTruncated: z.boolean(),
  uploadsByInstitution: z.array(z.object({ institution: z.string().nullable(), name: z.string(), uploads: count, publications: count })),
  reviewTurnaround: z.object({ overall: z.object(turnaround), byInstitution: z.array(z.object({ institution: z.string().nullable(), name: z.string(), ...turnaround })) }),
  searchesOverTime: z.array(z.object({ period: z.string(), searches: count, zeroResults: count })).meta({
    description: "Searches per period: a library's are those of signed-in people from its country (search spans every library), the network's every search.",
  }),
  zeroResultTerms: z.array(z.object({ term: z.string(), count })).meta({ description: "The 20 searches that most often found nothing in the range, network-wide." }),
});
export type TStatsResult = z.infer<typeof ZStatsResult>;

// GET /stats/export?table=…: which of the dashboard's tables, beside the range above.
export const ZStatsExportTable = z.object({
  table: z.enum(STATS_TABLE_NAMES, { error: `table is one of ${STATS_TABLE_NAMES.join(", ")}.` }),
});
