import { z } from "zod";
import { ZText } from "./z-text";
import { normalizeLicense } from "@/lib/catalogue/normalize-license";
import { ZLanguageTag } from "./translations";

// The catalogue's vocabularies as the API spells them, and their database names.
export const LEVELS = { bachelor: "BACHELOR", master: "MASTER", doctoral: "DOCTORAL", vocational: "VOCATIONAL", other: "OTHER" } as const;
export const TYPES = {
  textbook: "TEXTBOOK",
  lecture_notes: "LECTURE_NOTES",
  slides: "SLIDES",
  video_lecture: "VIDEO_LECTURE",
  exercise_set: "EXERCISE_SET",
  assessment: "ASSESSMENT",
  course: "COURSE",
  lab_guide: "LAB_GUIDE",
  dataset: "DATASET",
  other: "OTHER",
} as const;

const thisYear = new Date().getUTCFullYear();

const ZTitles = z.record(ZLanguageTag, ZText(500).pipe(z.string().min(1, "A title must not be empty."))).refine((t) => Object.keys(t).length > 0, "Give a title in at least one language.");
const ZDescriptions = z.record(ZLanguageTag, ZText(20_000));

export const ZResourceFields = z.object({
  title: ZTitles,
  description: ZDescriptions,
  authors: z
    .array(
      z.object({
        name: ZText(300).pipe(z.string().min(1, "An author needs a name.")),
        orcid: z
          .string()
          .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, "An ORCID looks like 0000-0002-1825-0097.")
          .optional(),
      }),
    )
    .max(100, "At most 100 authors."),
  subjects: z.array(z.string().regex(/^\d{2,4}$/, "Subjects are ISCED-F codes such as 0613.")).max(20, "At most 20 subjects."),
  keywords: z.array(ZText(100).pipe(z.string().min(1))).max(50, "At most 50 keywords."),
  languages: z.array(ZLanguageTag).max(10, "At most 10 languages."),
  level: z.enum(Object.keys(LEVELS) as [keyof typeof LEVELS], { error: `Choose a level: ${Object.keys(LEVELS).join(", ")}.` }).nullable(),
  type: z.enum(Object.keys(TYPES) as [keyof typeof TYPES], { error: `Choose a type: ${Object.keys(TYPES).join(", ")}.` }).nullable(),
  courseName: ZText(300).nullable(),
  license: z
    .string()
    .nullable()
    .transform((value, ctx) => {
      if (value === null || value.trim() === "") return null;
      const result = normalizeLicense(value);
      if (result.ok) return result.uri;
      ctx.addIssue({ code: "custom", message: `${result.reason}. Choose CC BY, BY-SA, BY-NC, BY-NC-SA, BY-ND, BY-NC-ND, CC0 or the Public Domain Mark.` });
      return z.NEVER;
    }),
  year: z.number({ error: "The year is a number." }).int().min(1000, "That year is too early.").max(thisYear + 1, `The year cannot be after ${thisYear + 1}.`).nullable(),
  visibility: z.enum(["PUBLIC", "NETWORK"], { error: "Visibility is PUBLIC or NETWORK." }),
});

export const ZResourceCreate = ZResourceFields.partial()
  .extend({
    library: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Name the library by its country code, e.g. UZ."),
    institution: z.string().trim().max(64).optional(),
    title: ZTitles,
  })
  .strict();
export type TResourceCreate = z.infer<typeof ZResourceCreate>;

export const ZResourcePatch = ZResourceFields.partial()
  .extend({ version: z.number({ error: "Send the version you edited (optimistic lock)." }).int().positive() })
  .strict();
export type TResourcePatch = z.infer<typeof ZResourcePatch>;

export const ZTransition = z
  .object({ version: z.number().int().positive().optional(), reason: ZText(5000).optional() })
  .strict();

