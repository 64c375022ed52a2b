import { z } from "zod";
import { normalizeLicense } from "@/lib/catalogue/normalize-license";
import { MAX_QUERY_LENGTH } from "@/lib/search/build-query";
import { LEVELS, TYPES } from "./resource";
import { ZLanguageTag } from "./translations";

export const MAX_PAGE_SIZE = 100;
// Relevance ranks a bounded set of the best candidates; deeper pages are not served.
export const MAX_RESULT_DEPTH = 2000;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());
const year = (name: string) => optional(z.coerce.number({ error: `${name} is a year.` }).int(`${name} is a year.`).min(1000, `${name} is a year.`).max(3000, `${name} is a year.`));

// The search request as the page's URL and the API take it (?q=…&library=UZ&…).
export const ZSearchParams = z
  .object({
    q: z.string().max(MAX_QUERY_LENGTH, `Search for at most ${MAX_QUERY_LENGTH} characters.`).default(""),
    library: optional(z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "library is a country code such as UZ.")),
    institution: optional(z.string().trim().toLowerCase().regex(/^[a-z0-9-]{1,64}$/, "institution is an institution's short name.")),
    subject: optional(z.string().regex(/^\d{2,4}$/, "subject is an ISCED-F code such as 0613.")),
    language: optional(ZLanguageTag),
    type: optional(z.enum(Object.keys(TYPES) as [keyof typeof TYPES], { error: `type is one of ${Object.keys(TYPES).join(", ")}.` })),
    level: optional(z.enum(Object.keys(LEVELS) as [keyof typeof LEVELS], { error: `level is one of ${Object.keys(LEVELS).join(", ")}.` })),
    license: optional(
      z.string().transform((value, ctx) => {
        const result = normalizeLicense(value);
        if (result.ok) return result.uri;
        ctx.addIssue({ code: "custom", message: "license is a Creative Commons licence (its URI or a name such as CC BY-SA)." });
        return z.NEVER;
      }),
    ),
    year_from: year("year_from"),
    year_to: year("year_to"),
    collection: optional(z.uuid("collection is a collection's id.")),
    sort: optional(z.enum(["relevance", "newest", "downloads"], { error: "sort is relevance, newest or downloads." })),
    spell: optional(z.enum(["on", "off"], { error: "spell is on or off." })),
    page: z.preprocess((v) => (v === "" || v === undefined ? 1 : v), z.coerce.number({ error: "page is a number." }).int().min(1, "page starts at 1.")),
    page_size: z.preprocess(
      (v) => (v === "" || v === undefined ? 20 : v),
      z.coerce.number({ error: "page_size is a number." }).int().min(1).max(MAX_PAGE_SIZE, `page_size is at most ${MAX_PAGE_SIZE}.`),
    ),
  })
  .refine((p) => p.page * p.page_size <= MAX_RESULT_DEPTH + p.page_size, { message: `Results go ${MAX_RESULT_DEPTH.toLocaleString("en")} deep; narrow the search instead.`, path: ["page"] });
export type TSearchParams = z.infer<typeof ZSearchParams>;

const ZHighlighted = z.object({ text: z.string(), lang: z.string(), highlights: z.array(z.tuple([z.number().int(), z.number().int()])) });

// What a search answers; nothing else leaves the server.
export const ZSearchResult = z.object({
  total: z.number().int(),
  total_is_lower_bound: z.boolean(),
  matched: z.enum(["all", "any", "none"]),
  did_you_mean: z.string().nullable(),
  items: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      title: ZHighlighted,
      snippet: ZHighlighted.nullable(),
      library: z.string(),
      institution: z.object({ slug: z.string(), name: z.string() }),
      languages: z.array(z.string()),
      type: z.string().nullable(),
      level: z.string().nullable(),
      license: z.string().nullable(),
      year: z.number().int().nullable(),
      download_count: z.number().int(),
      source_id: z.string().nullable(),
      thumbnail: z.object({ url: z.string(), width: z.number().int(), height: z.number().int() }).nullable(),
    }),
  ),
  facets: z.record(z.string(), z.array(z.object({ value: z.string(), label: z.string(), count: z.number().int() }))),
});
export type TSearchResult = z.infer<typeof ZSearchResult>;
